package dk.nordjylland.governance.item;

/**
 * One end of a matter's way between meetings, as the API and the screens show it (ADR 0044): "Fra: FFU 10.12.2026,
 * punkt 4" on the receiving item, "Sendt videre til Strategisk Sundhedsforum – møde 25.11.2025" on the sending one.
 * {@code itemId} and {@code href} lead to the item at the other end; {@code meetingId} is the meeting there (null while
 * the matter waits in a pipeline without a meeting).
 */
public record ItemLink(long itemId, String meetingId, String text, String href) {

  static String href(long itemId) {
    return "/api/items/" + itemId;
  }
}
