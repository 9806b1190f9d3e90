package dk.nordjylland.governance.portal;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.document.MeetingRecords;
import dk.nordjylland.governance.followup.Action;
import dk.nordjylland.governance.followup.ActionKind;
import dk.nordjylland.governance.followup.ActionStatus;
import dk.nordjylland.governance.followup.Actions;
import dk.nordjylland.governance.masterdata.Forum;
import dk.nordjylland.governance.masterdata.ForumRole;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.portal.CasePassports.FollowUp;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The case passport's follow-ups and reservations: those decided at meetings whose decision the visitor reads. */
@Component
class CaseFollowUps {

  private final Actions actions;
  private final MeetingRecords records;
  private final MasterData masterData;
  private final JdbcClient jdbc;

  CaseFollowUps(Actions actions, MeetingRecords records, MasterData masterData, JdbcClient jdbc) {
    this.actions = actions;
    this.records = records;
    this.masterData = masterData;
    this.jdbc = jdbc;
  }

  List<FollowUp> of(long itemId, Set<String> decidedMeetings) {
    return actions.ofItem(itemId).stream()
        .filter(a -> a.meetingId() != null && decidedMeetings.contains(a.meetingId()))
        .map(this::followUp).toList();
  }

  private FollowUp followUp(Action a) {
    String status = switch (a.status()) {
      case OPEN -> a.dueDate() != null && a.dueDate().isBefore(EngineClock.today()) ? "Åben, fristen er overskredet"
          : "Åben";
      case DONE -> a.kind() == ActionKind.RESERVATION ? "Afklaret" : "Udført";
      case CANCELLED -> "Annulleret";
    };
    return new FollowUp(a.kind() == ActionKind.RESERVATION ? "Forbehold" : "Opfølgning", a.description(),
        owner(a), a.dueDate() == null ? null : DanishDates.date(a.dueDate()), status,
        a.status() == ActionStatus.DONE ? a.result() : null);
  }

  /** A person by name and organisation, a group by its name; a forum's role group as "Sekretariatet for FFU". */
  private String owner(Action a) {
    if (a.ownerUser() != null) {
      return records.describe(a.ownerUser());
    }
    String group = a.ownerGroup();
    if (group == null) {
      return "";
    }
    for (Forum forum : masterData.forums()) {
      if (group.equals(ForumRole.SECRETARIAT.groupId(forum.id()))) {
        return "Sekretariatet for " + forum.shortName();
      }
      if (group.equals(ForumRole.MEMBER.groupId(forum.id()))) {
        return "Medlemmerne af " + forum.shortName();
      }
      if (group.equals(ForumRole.CHAIR.groupId(forum.id()))) {
        return "Formandskabet for " + forum.shortName();
      }
    }
    return jdbc.sql("select name from gov_group where id = ?").param(group).query(String.class).optional()
        .orElse("Gruppen " + group);
  }
}
