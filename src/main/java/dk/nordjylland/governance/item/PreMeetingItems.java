package dk.nordjylland.governance.item;

import static dk.nordjylland.governance.meeting.MeetingCycleProcess.MEETING_ID;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.MeetingStatus;
import dk.nordjylland.governance.meeting.MeetingTexts;
import dk.nordjylland.governance.meeting.Meetings;
import dk.nordjylland.governance.meeting.PreMeetings;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The main meeting's items before its pre-meeting (ADR 0046): when the main cycle calls the pre-meeting, each item the
 * screening put on the main agenda (standing items aside) gets an item in the pre-meeting's pipeline that points to it
 * ({@code prepares_item_id}), with its title, case number, resumé and indstilling. The pre-meeting screens it (its
 * secretariat may leave it out) and records a conclusion on it like on any item; the main meeting's agenda prints that
 * conclusion under the item.
 */
@Component
public class PreMeetingItems {

  private final Items items;
  private final MasterData masterData;
  private final MeetingTexts texts;

  PreMeetingItems(Items items, MasterData masterData, MeetingTexts texts) {
    this.items = items;
    this.masterData = masterData;
    this.texts = texts;
  }

  /**
   * Puts the main meeting's agenda items not yet before the pre-meeting into its pipeline while it still collects
   * items (after a send-back of the main agenda, newly accepted items follow). Returns the ids of the new items.
   */
  @Transactional
  public List<Long> putBefore(Meeting preMeeting, Meeting main) {
    if (preMeeting.status() != MeetingStatus.CALL_FOR_ITEMS) {
      return List.of();
    }
    String mainForum = masterData.forum(main.forumId()).map(f -> f.name()).orElse(main.forumId());
    List<Long> added = new ArrayList<>();
    for (AgendaEntry entry : items.agenda(main.id())) {
      Item item = items.find(entry.itemId()).orElseThrow();
      if (item.standing() || !items.preparing(item.id()).isEmpty()) {
        continue;
      }
      ItemProposal copy = new ItemProposal(preMeeting.forumId(), preMeeting.id(), item.title(), item.caseNumber(),
          item.summary(), null, null, null, mainForum,
          items.recommendations(item.id()).stream().map(Recommendation::text).toList(), List.of());
      long id = items.insert(copy, item.kind(), null, preMeeting.forumId(), preMeeting.id(), false, "system",
          EngineClock.now());
      items.setPrepares(id, item.id());
      items.event(id, ItemEventKind.PROPOSED, preMeeting.forumId(), preMeeting.id(),
          "Forberedelse af punkt " + entry.position() + " på " + texts.title(main), "system", EngineClock.now());
      added.add(id);
    }
    return added;
  }

  /** The main cycle's "Indkald formøde" and the pre-meeting's record ("Afvent formødet" goes on). */
  @Configuration(proxyBeanMethods = false)
  static class Delegates {

    @Bean
    JavaDelegate startPreMeeting(PreMeetings preMeetings, PreMeetingItems preMeetingItems,
        Meetings meetings) {
      return execution -> {
        String mainId = MEETING_ID.from(execution).get();
        Meeting pre = preMeetings.start(mainId);
        preMeetingItems.putBefore(pre, meetings.get(mainId));
      };
    }

    @Bean
    TaskListener preMeetingRecorded(PreMeetings preMeetings) {
      return task -> preMeetings.held(MEETING_ID.from(task).get());
    }
  }
}
