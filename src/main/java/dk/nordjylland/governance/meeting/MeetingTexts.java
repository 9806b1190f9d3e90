package dk.nordjylland.governance.meeting;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.masterdata.MasterData;
import java.util.Date;
import org.springframework.stereotype.Component;

/** Danish wording of meetings and dates for task views and messages. */
@Component
public class MeetingTexts {

  private final MasterData masterData;

  MeetingTexts(MasterData masterData) {
    this.masterData = masterData;
  }

  /** "Fælles Forretningsudvalg, fredag den 22. august 2025 kl. 12.00". */
  public String title(Meeting meeting) {
    String forum = masterData.forum(meeting.forumId()).map(f -> f.name()).orElse(meeting.forumId());
    return forum + ", " + meeting.startsAt().format(DanishDates.LONG_DATE_TIME);
  }

  /** "FFU 22.08.2025": the meeting in a task name, where space is short. */
  public String shortTitle(Meeting meeting) {
    String forum = masterData.forum(meeting.forumId()).map(f -> f.shortName()).filter(n -> n != null && !n.isBlank())
        .orElse(meeting.forumId());
    return forum + " " + DanishDates.numeric(meeting.startsAt());
  }

  /** "fredag den 22. august 2025 kl. 12.00", in Danish time. */
  public String dateTime(Date date) {
    return DanishDates.longDateTime(date);
  }

}
