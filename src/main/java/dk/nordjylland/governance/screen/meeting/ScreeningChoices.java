package dk.nordjylland.governance.screen.meeting;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.item.Screening;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.Meetings;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Where the screen-items screen may send an item, by name (ScreenItemsScreen): a later meeting, another forum. */
@Component
class ScreeningChoices {

  private final Screening screening;
  private final Meetings meetings;
  private final MasterData masterData;

  ScreeningChoices(Screening screening, Meetings meetings, MasterData masterData) {
    this.screening = screening;
    this.meetings = meetings;
    this.masterData = masterData;
  }

  /** The forum's later meetings that still take items, by date: "FFU 14. januar 2027". */
  Map<String, String> laterMeetings(String meetingId) {
    Map<String, String> choices = new LinkedHashMap<>();
    for (Meeting m : screening.deferTargets(meetingId)) {
      String forum = masterData.forum(m.forumId()).map(Forum::shortName).orElse("");
      choices.put(m.id(), (forum + " " + DanishDates.date(m.startsAt())).strip());
    }
    return choices;
  }

  /** Every other forum, by name. */
  Map<String, String> otherForums(String meetingId) {
    String own = meetings.get(meetingId).forumId();
    Map<String, String> choices = new LinkedHashMap<>();
    masterData.forums().stream().filter(f -> !f.id().equals(own))
        .forEach(f -> choices.put(f.id(), f.name() + (f.shortName() == null || f.shortName().isBlank() ? ""
            : " (" + f.shortName() + ")")));
    return choices;
  }
}
