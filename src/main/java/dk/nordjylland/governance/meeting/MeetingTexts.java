package dk.nordjylland.governance.meeting;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.masterdata.MasterData;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Danish wording of meetings and dates for task views and messages. */
@Component
public class MeetingTexts {

  static final Locale DANISH = Locale.forLanguageTag("da-DK");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE 'den' d. MMMM yyyy", DANISH);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("EEEE 'den' d. MMMM yyyy 'kl.' HH.mm", DANISH);
  private static final ZoneId ZONE = EngineClock.ZONE;

  private final MasterData masterData;

  MeetingTexts(MasterData masterData) {
    this.masterData = masterData;
  }

  /** "Fælles Forretningsudvalg, fredag den 22. august 2025 kl. 12.00". */
  public String title(Meeting meeting) {
    String forum = masterData.forum(meeting.forumId()).map(f -> f.name()).orElse(meeting.forumId());
    return forum + ", " + meeting.startsAt().format(DATE_TIME);
  }

  public String dateTime(Date date) {
    return date.toInstant().atZone(ZONE).format(DATE_TIME);
  }

}
