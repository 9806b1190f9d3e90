package dk.nordjylland.governance.item;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The bilag of a meeting's agenda numbered across the meeting, in agenda order ("Bilag 1", "Bilag 2" ... continuing
 * over the items, as the seeds do; issue 15). An attachment keeps its number within its item for the API and the
 * download links; the documents and mails print this one.
 */
@Component
public class MeetingAttachments {

  private final Items items;

  MeetingAttachments(Items items) {
    this.items = items;
  }

  /** An item's attachment with its number in the meeting. */
  public record Numbered(int number, Attachment attachment) {}

  /** Per item on the agenda (agenda order), its attachments with their meeting-wide numbers. */
  public Map<Long, List<Numbered>> byItem(String meetingId) {
    return byItem(items.agenda(meetingId));
  }

  /** As {@link #byItem(String)} over the given entries, e.g. the agenda as it was sent (the portal). */
  public Map<Long, List<Numbered>> byItem(List<AgendaEntry> agenda) {
    Map<Long, List<Numbered>> numbered = new LinkedHashMap<>();
    int number = 0;
    for (AgendaEntry entry : agenda) {
      List<Numbered> ofItem = new ArrayList<>();
      for (Attachment a : items.attachments(entry.itemId())) {
        ofItem.add(new Numbered(++number, a));
      }
      numbered.put(entry.itemId(), List.copyOf(ofItem));
    }
    return numbered;
  }
}
