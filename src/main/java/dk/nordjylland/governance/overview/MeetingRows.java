package dk.nordjylland.governance.overview;

import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.meeting.Meeting;
import dk.nordjylland.governance.meeting.MeetingStatus;
import dk.nordjylland.governance.overview.OverviewRows.MeetingRow;
import dk.nordjylland.governance.overview.OverviewRows.Waiting;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The overview's meetings: every meeting cycle that has started, where it waits (issue 18). */
@Component
class MeetingRows {

  private static final Map<MeetingStatus, String> MEETING_STATUS = Map.of(
      MeetingStatus.PLANNED, "Planlagt", MeetingStatus.CALL_FOR_ITEMS, "Indkaldelse af punkter",
      MeetingStatus.AGENDA_PUBLISHED, "Dagsorden udsendt", MeetingStatus.HELD, "Mødet er holdt",
      MeetingStatus.MINUTES_PUBLISHED, "Referat udsendt", MeetingStatus.COMPLETED, "Afsluttet",
      MeetingStatus.CANCELLED, "Aflyst");

  private final JdbcClient jdbc;
  private final CurrentSteps currentSteps;
  private final MasterData masterData;

  MeetingRows(JdbcClient jdbc, CurrentSteps currentSteps, MasterData masterData) {
    this.jdbc = jdbc;
    this.currentSteps = currentSteps;
    this.masterData = masterData;
  }

  /** Meetings whose cycle has started (planned ones have nothing to watch yet), newest first. */
  List<MeetingRow> list() {
    List<Meeting> all = jdbc.sql("select id, forum_id, planned_date, starts_at, ends_at, place, status,"
        + " process_instance_id from gov_meeting where process_instance_id is not null order by starts_at desc")
        .query(Meeting.class).list();
    List<MeetingRow> rows = new ArrayList<>();
    for (Meeting m : all) {
      Waiting waiting = currentSteps.of(m.processInstanceId());
      boolean running = waiting != null && !"Afsluttet".equals(waiting.step())
          && m.status() != MeetingStatus.CANCELLED;
      rows.add(new MeetingRow(m.id(), m.forumId(), forumName(m.forumId()), m.startsAt(),
          MEETING_STATUS.get(m.status()), running, waiting, m.processInstanceId(),
          running ? OverviewLinks.cockpitLink(m.processInstanceId()) : null, OverviewLinks.documentsLink(m), "/moeder/" + m.id()));
    }
    return rows;
  }

  private String forumName(String forumId) {
    return masterData.forum(forumId).map(Forum::shortName).orElse(forumId);
  }

}
