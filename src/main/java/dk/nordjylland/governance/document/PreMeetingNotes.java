package dk.nordjylland.governance.document;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.item.AgendaEntry;
import dk.nordjylland.governance.item.Items;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.Meetings;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The conclusions recorded at a pre-meeting on the items of an agenda (ADR 0046), as agenda and minutes print them. */
@Component
class PreMeetingNotes {

  private final Items items;
  private final Meetings meetings;
  private final MasterData masterData;

  PreMeetingNotes(Items items, Meetings meetings, MasterData masterData) {
    this.items = items;
    this.meetings = meetings;
    this.masterData = masterData;
  }

  /** In the item's order. */
  List<MeetingRecordView.PreMeetingNote> of(List<AgendaEntry> agenda) {
    List<MeetingRecordView.PreMeetingNote> notes = new ArrayList<>();
    for (AgendaEntry entry : agenda) {
      for (long preparing : items.preparing(entry.itemId())) {
        for (AgendaEntry treated : items.agendaEntriesOf(preparing)) {
          if (treated.outcome() == null) {
            continue;
          }
          Meeting pre = meetings.get(treated.meetingId());
          String name = masterData.forum(pre.forumId()).map(Forum::name).orElse(pre.forumId());
          notes.add(new MeetingRecordView.PreMeetingNote(entry.position(),
              name + ", " + pre.startsAt().format(DanishDates.DATE), treated.outcome().danish(),
              TextBlocks.of(treated.decisionText())));
        }
      }
    }
    return notes;
  }
}
