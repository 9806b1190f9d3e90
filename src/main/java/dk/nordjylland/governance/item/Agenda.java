package dk.nordjylland.governance.item;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * A meeting's agenda as the tasks read it: as text (the pre-meeting, agenda approval and meeting tasks) and as the rows
 * a meeting decides on. The steps that change it are use cases of their own: ItemProposals, CallForItems, Screening,
 * MeetingRecording, MeetingFollowUp (ADR 0051).
 */
@Service
public class Agenda {

  /** The longest an item's text parts and a decision's text may be (summary, economy, decision, ...). */
  static final int MAX_TEXT = 8000;

  private final Items items;

  Agenda(Items items) {
    this.items = items;
  }

  /** One row per agenda entry with its numbered title (the demo and the tests decide on them). */
  public List<DecisionRow> decisionsView(String meetingId) {
    List<DecisionRow> rows = new ArrayList<>();
    for (AgendaEntry e : items.agenda(meetingId)) {
      rows.add(new DecisionRow(e.itemId(), e.position() + ". " + items.find(e.itemId()).orElseThrow().title()));
    }
    return rows;
  }

  /** An agenda item to decide on: its id and its numbered title ("2. Budget 2026"). */
  public record DecisionRow(long itemId, String title) {}

  /** "1. Mødedeltagere (sagsnr. ...)\n2. ..." with attachments marked "eftersendes". */
  public String agendaText(String meetingId) {
    StringBuilder text = new StringBuilder();
    int bilag = 0;
    for (AgendaEntry e : items.agenda(meetingId)) {
      Item item = items.find(e.itemId()).orElseThrow();
      text.append(e.position()).append(". ").append(item.title());
      if (item.caseNumber() != null) {
        text.append(" (sagsnr. ").append(item.caseNumber()).append(")");
      }
      text.append("\n");
      for (Attachment a : items.attachments(item.id())) {
        // Numbered across the meeting, as the agenda PDF numbers them (MeetingAttachments, issue 15).
        text.append("   Bilag ").append(++bilag).append(": ").append(a.title())
            .append(a.toFollow() ? " (eftersendes)" : "").append("\n");
      }
    }
    return text.isEmpty() ? "Dagsordenen er tom." : text.toString();
  }
}
