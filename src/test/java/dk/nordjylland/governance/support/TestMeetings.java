package dk.nordjylland.governance.support;

import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Creates meetings of their own for tests, so tests sharing one database never meet. */
@Component
public class TestMeetings {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private final JdbcClient jdbc;

  TestMeetings(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A planned meeting of the forum at the given time; returns its id. */
  public String create(String forumId, LocalDateTime startsAt) {
    String id = forumId + "-test-" + SEQUENCE.incrementAndGet();
    jdbc.sql("insert into gov_meeting (id, forum_id, planned_date, starts_at, ends_at, place, status)"
            + " values (?, ?, ?, ?, ?, 'Mødelokale D, Regionhuset', 'PLANNED')")
        .params(id, forumId, startsAt.toLocalDate().plusYears(100 + SEQUENCE.get()), startsAt, startsAt.plusHours(2))
        .update();
    return id;
  }
}
