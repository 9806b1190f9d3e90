package dk.nordjylland.governance.item;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table of where items went and where they came from (gov_item_forward). */
@Repository
public class ItemForwards {

  private final JdbcClient jdbc;

  ItemForwards(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(long itemId, String fromMeetingId, long fromItemId, Integer fromPosition, ItemForward.Kind kind,
      ForwardTarget target, String targetMeetingId, LocalDateTime at) {
    jdbc.sql("insert into gov_item_forward (item_id, from_meeting_id, from_item_id, from_position, kind, target_kind,"
            + " target_id, target_meeting_id, at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(itemId, fromMeetingId, fromItemId, fromPosition, kind.name(), target.kind(), target.id(),
            targetMeetingId, at)
        .update();
  }

  /** Where the item came from, oldest first (an item may travel FFU -> SSF -> SSU). */
  public List<ItemForward> cameFrom(long itemId) {
    return jdbc.sql("select * from gov_item_forward where item_id = ? order by id").param(itemId)
        .query(ItemForward.class).list();
  }

  /** Where the item, as it stood on the meeting's agenda (or in its screening), went from that meeting. */
  public List<ItemForward> sentOn(String fromMeetingId, long fromItemId) {
    return jdbc.sql("select * from gov_item_forward where from_meeting_id = ? and from_item_id = ? order by id")
        .params(fromMeetingId, fromItemId).query(ItemForward.class).list();
  }

  /** Everything that left the item for other meetings, from any meeting. */
  public List<ItemForward> sentOnFrom(long fromItemId) {
    return jdbc.sql("select * from gov_item_forward where from_item_id = ? order by id").param(fromItemId)
        .query(ItemForward.class).list();
  }
}
