package dk.nordjylland.governance.document;

import dk.nordjylland.governance.document.TextBlocks.Block;
import java.util.List;

/** What an agenda or minutes document shows: the template's model (templates/documents/meeting-record.html). */
public record MeetingRecordView(
    DocumentKind kind,
    boolean draft,
    String heading,
    String meetingId,
    String forumName,
    String time,
    String place,
    List<String> participants,
    List<String> absent,
    List<String> substitutes,
    String guests,
    List<String> caseNumbers,
    List<Block> introduction,
    boolean tableOfContents,
    List<ItemView> items,
    String footer,
    List<PreMeetingNote> preMeetingNotes) {

  /** The pre-meeting's conclusions on the item at that position (ADR 0046). */
  public List<PreMeetingNote> notesFor(int position) {
    return preMeetingNotes.stream().filter(n -> n.position() == position).toList();
  }

  /**
   * What the pre-meeting concluded on a main meeting's item: "Kommunalt formøde til Strategisk Sundhedsforum,
   * 13.08.2025", the outcome, and the conclusion's text.
   */
  public record PreMeetingNote(int position, String heading, String outcome, List<Block> conclusion) {}

  public boolean minutes() {
    return kind == DocumentKind.MINUTES;
  }

  /**
   * The view as published version {@code version}: minutes after the first are corrected minutes (ADR 0059; the cycle
   * publishes the approved minutes once), headed and footed "Rettet referat, version 2". Agendas and version 1 as is.
   */
  public MeetingRecordView asVersion(int version) {
    if (!minutes() || draft || version <= 1) {
      return this;
    }
    String corrected = "Rettet referat, version " + version;
    return new MeetingRecordView(kind, draft, corrected, meetingId, forumName, time, place, participants, absent,
        substitutes, guests, caseNumbers, introduction, tableOfContents, items,
        footer.replaceFirst("^Referat", corrected), preMeetingNotes);
  }

  /** One agenda item with its parts in the order of the seeds. */
  public record ItemView(
      int position,
      String anchor,
      String title,
      String caseNumber,
      String guests,
      List<Block> summary,
      List<Block> presentation,
      List<Block> economy,
      List<Block> furtherProcessing,
      String recommendationsIntro,
      List<String> recommendations,
      String outcome,
      List<Block> decision,
      String reservation,
      List<String> actions,
      List<AttachmentView> attachments,
      OutcomeParts parts,
      /** Starts on a new page: the forum lays out a page per item (DocumentLayout). */
      boolean newPage,
      /** A closed item (ADR 0055): "Lukket punkt. Begrundelse: ..." (and its public title in the full version). */
      String closure,
      /** The full minutes of a closed item: the decision as published beside the confidential one. */
      List<Block> publicDecision,
      /** Inhabilitet: "Lone Berg deltog ikke i behandlingen af punktet." (minutes). */
      List<String> disqualified) {

    /** Nothing but its title (a standing item nobody filled in, an Eventuelt without a decision): a line only. */
    public boolean isEmpty(boolean minutes) {
      return summary.isEmpty() && presentation.isEmpty() && economy.isEmpty() && furtherProcessing.isEmpty()
          && recommendations.isEmpty() && attachments.isEmpty() && (guests == null || guests.isBlank())
          && closure == null && disqualified.isEmpty()
          && (!minutes || (outcome == null && decision.isEmpty() && (reservation == null || reservation.isBlank())
              && actions.isEmpty() && !parts.noDecision() && parts.sentOn() == null && parts.postponedPart() == null
              && parts.subTopics().isEmpty()));
    }

    ItemView onNewPage() {
      return new ItemView(position, anchor, title, caseNumber, guests, summary, presentation, economy,
          furtherProcessing, recommendationsIntro, recommendations, outcome, decision, reservation, actions,
          attachments, parts, true, closure, publicDecision, disqualified);
    }
  }

  /**
   * What the minutes say beyond an item's outcome (ADR 0044): where it was sent on ("Sendt videre til ..."), the part
   * postponed, and its sub-topics (4.a, 4.b, ...). {@code noDecision}: closed with only the notes.
   */
  public record OutcomeParts(boolean noDecision, String sentOn, String postponedPart, List<SubTopicView> subTopics) {
    static final OutcomeParts NONE = new OutcomeParts(false, null, null, List.of());
  }

  /** A sub-topic under its item: "4.a Økonomi", its text, its outcome and decision. */
  public record SubTopicView(String number, String title, List<Block> text, String outcome, List<Block> decision) {}

  /**
   * A bilag: its number across the meeting (printed), its title, and once uploaded its file's name and size
   * ("budget.xlsx, 24 kB"), else null. {@code numberInItem}: the item's own number, which its download link takes.
   */
  public record AttachmentView(int number, String title, boolean toFollow, String file, int numberInItem) {

    /** "Bilag 1: Budget 2027 (budget.xlsx, 24 kB)", "Bilag 2: Høringssvar (eftersendes)". */
    public String line() {
      return "Bilag " + number + ": " + title + (file != null ? " (" + file + ")" : toFollow ? " (eftersendes)" : "");
    }
  }
}
