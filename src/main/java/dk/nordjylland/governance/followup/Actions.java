package dk.nordjylland.governance.followup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The follow-up actions table ({@code gov_action}). */
@Repository
public class Actions {

  private static final String COLUMNS = "id, item_id, meeting_id, forum_id, kind, description, owner_user,"
      + " owner_group, due_date, status, result, report, process_instance_id, created_at, completed_at,"
      + " owner_external, owner_guest_name, owner_guest_email";

  private final JdbcClient jdbc;

  Actions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Action> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from gov_action where id = ?").param(id)
        .query(Action.class).optional();
  }

  public List<Action> ofMeeting(String meetingId) {
    return jdbc.sql("select " + COLUMNS + " from gov_action where meeting_id = ? order by id")
        .param(meetingId).query(Action.class).list();
  }

  public List<Action> ofItem(long itemId) {
    return jdbc.sql("select " + COLUMNS + " from gov_action where item_id = ? order by id")
        .param(itemId).query(Action.class).list();
  }

  /** Inserts an open action; returns its id. */
  long insert(Long itemId, String meetingId, String forumId, ActionKind kind, String description,
      FollowUps.Owner owner, LocalDate dueDate, LocalDateTime createdAt) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("insert into gov_action (item_id, meeting_id, forum_id, kind, description, owner_user, owner_group,"
            + " due_date, status, created_at, owner_external, owner_guest_name, owner_guest_email)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(itemId, meetingId, forumId, kind.name(), description, owner.user(), owner.group(), dueDate,
            ActionStatus.OPEN.name(), createdAt, owner.external(), owner.guestName(), owner.guestEmail())
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  void attachProcess(long id, String processInstanceId) {
    jdbc.sql("update gov_action set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
  }

  /** Marks an open action done with its result (and report); false if it was not open. */
  boolean complete(long id, String result, String report, LocalDateTime completedAt) {
    return jdbc.sql("update gov_action set status = ?, result = ?, report = ?, completed_at = ?"
            + " where id = ? and status = ?")
        .params(ActionStatus.DONE.name(), result, report, completedAt, id, ActionStatus.OPEN.name())
        .update() == 1;
  }
}
