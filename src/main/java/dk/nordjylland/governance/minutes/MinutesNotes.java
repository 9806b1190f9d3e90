package dk.nordjylland.governance.minutes;

import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.masterdata.Person;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables of the members' comments on a minutes draft and the chair's send-backs (V13). */
@Repository
class MinutesNotes {

  private final JdbcClient jdbc;
  private final MasterData masterData;

  MinutesNotes(JdbcClient jdbc, MasterData masterData) {
    this.jdbc = jdbc;
    this.masterData = masterData;
  }

  void addComment(String meetingId, int round, String author, LocalDateTime at, String text) {
    jdbc.sql("insert into gov_minutes_comment (meeting_id, round, author, written_at, text) values (?, ?, ?, ?, ?)")
        .params(meetingId, round, author, at, text).update();
  }

  /** Oldest first. */
  List<MinutesComment> comments(String meetingId) {
    return jdbc.sql("select id, meeting_id, round, author, written_at, text from gov_minutes_comment"
            + " where meeting_id = ? order by written_at, id")
        .param(meetingId)
        .query((rs, n) -> new MinutesComment(rs.getLong("id"), rs.getString("meeting_id"), rs.getInt("round"),
            rs.getString("author"), name(rs.getString("author")), rs.getTimestamp("written_at").toLocalDateTime(),
            rs.getString("text")))
        .list();
  }

  void addSendBack(String meetingId, String author, LocalDateTime at, String remarks) {
    jdbc.sql("insert into gov_minutes_send_back (meeting_id, author, written_at, remarks) values (?, ?, ?, ?)")
        .params(meetingId, author, at, remarks).update();
  }

  /** Oldest first. */
  List<SendBack> sendBacks(String meetingId) {
    return jdbc.sql("select id, meeting_id, author, written_at, remarks from gov_minutes_send_back"
            + " where meeting_id = ? order by written_at, id")
        .param(meetingId)
        .query((rs, n) -> new SendBack(rs.getLong("id"), rs.getString("meeting_id"), rs.getString("author"),
            name(rs.getString("author")), rs.getTimestamp("written_at").toLocalDateTime(), rs.getString("remarks")))
        .list();
  }

  int sendBackCount(String meetingId) {
    return jdbc.sql("select count(*) from gov_minutes_send_back where meeting_id = ?").param(meetingId)
        .query(Integer.class).single();
  }

  Optional<SendBack> latestSendBack(String meetingId) {
    List<SendBack> all = sendBacks(meetingId);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** The person's name from master data ("system" and people removed since keep their id). */
  private String name(String userId) {
    return masterData.person(userId).map(Person::name).orElse(userId);
  }
}
