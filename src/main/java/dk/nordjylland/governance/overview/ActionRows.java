package dk.nordjylland.governance.overview;

import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.followup.Action;
import dk.nordjylland.governance.followup.ActionKind;
import dk.nordjylland.governance.followup.ActionOwnerNames;
import dk.nordjylland.governance.followup.ActionStatus;
import dk.nordjylland.governance.overview.OverviewRows.ActionRow;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The overview's follow-up actions and reservations, with their owner by name and whether they are overdue. */
@Component
class ActionRows {

  private final JdbcClient jdbc;
  private final ActionOwnerNames ownerNames;

  ActionRows(JdbcClient jdbc, ActionOwnerNames ownerNames) {
    this.jdbc = jdbc;
    this.ownerNames = ownerNames;
  }

  List<ActionRow> list() {
    List<Action> all = jdbc.sql("select * from gov_action order by id desc").query(Action.class).list();
    List<ActionRow> rows = new ArrayList<>();
    for (Action a : all) {
      boolean running = a.status() == ActionStatus.OPEN;
      boolean overdue = running && a.dueDate() != null && a.dueDate().isBefore(EngineClock.today());
      rows.add(new ActionRow(a.id(), a.description(),
          a.kind() == ActionKind.RESERVATION ? "Forbehold" : "Handling", a.forumId(), a.meetingId(), owner(a),
          a.dueDate(), switch (a.status()) {
            case OPEN -> "Åben";
            case DONE -> "Udført";
            case CANCELLED -> "Annulleret";
          }, running, overdue, a.processInstanceId(),
          running && a.processInstanceId() != null ? OverviewLinks.cockpitLink(a.processInstanceId()) : null));
    }
    return rows;
  }

  /** The owner by name: a person, a group, a body outside the collaboration or a guest (ADR 0045). */
  private String owner(Action a) {
    return ownerNames.of(a);
  }

}
