package dk.nordjylland.governance.support;

import java.time.LocalDate;
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
    int sequence = SEQUENCE.incrementAndGet();
    String id = forumId + "-test-" + sequence;
    jdbc.sql("insert into gov_meeting (id, forum_id, planned_date, starts_at, ends_at, place, status)"
            + " values (?, ?, ?, ?, ?, 'Mødelokale D, Regionhuset', 'PLANNED')")
        // A planned date of its own, far beyond any calendar: (forum, planned date) is unique, and a date derived
        // from startsAt could meet another test's meeting.
        .params(id, forumId, LocalDate.of(2500, 1, 1).plusDays(sequence), startsAt, startsAt.plusHours(2))
        .update();
    return id;
  }
}
