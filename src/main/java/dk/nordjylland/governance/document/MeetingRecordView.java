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
    String guests,
    List<String> caseNumbers,
    List<Block> introduction,
    boolean tableOfContents,
    List<ItemView> items,
    String footer) {

  public boolean minutes() {
    return kind == DocumentKind.MINUTES;
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
      /** Starts on a new page: the forum lays out a page per item (DocumentLayout). */
      boolean newPage) {

    /** Nothing but its title (a standing item nobody filled in, an Eventuelt without a decision): a line only. */
    public boolean isEmpty(boolean minutes) {
      return summary.isEmpty() && presentation.isEmpty() && economy.isEmpty() && furtherProcessing.isEmpty()
          && recommendations.isEmpty() && attachments.isEmpty() && (guests == null || guests.isBlank())
          && (!minutes || (outcome == null && decision.isEmpty() && (reservation == null || reservation.isBlank())
              && actions.isEmpty()));
    }

    ItemView onNewPage() {
      return new ItemView(position, anchor, title, caseNumber, guests, summary, presentation, economy,
          furtherProcessing, recommendationsIntro, recommendations, outcome, decision, reservation, actions,
          attachments, true);
    }
  }

  /** A bilag: its title, and once uploaded its file's name and size ("budget.xlsx, 24 kB"), else null. */
  public record AttachmentView(int number, String title, boolean toFollow, String file) {

    /** "Bilag 1: Budget 2027 (budget.xlsx, 24 kB)", "Bilag 2: Høringssvar (eftersendes)". */
    public String line() {
      return "Bilag " + number + ": " + title + (file != null ? " (" + file + ")" : toFollow ? " (eftersendes)" : "");
    }
  }
}
