package dk.nordjylland.governance.masterdata;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.nordjylland.governance.calendar.EngineClock;
import dk.nordjylland.governance.masterdata.MasterDataFile.ForumEntry;
import dk.nordjylland.governance.masterdata.MasterDataFile.MeetingEntry;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads masterdata/collaboration.yaml into our tables. Idempotent: parties, clusters, people,
 * forums and groups are upserted, today's memberships replaced (their periods kept by MembershipHistory);
 * calendar meetings are only added, never
 * moved or deleted, because meetings are moved and held in the application, not in the file.
 */
@Component
class MasterDataSync {

  private static final Logger LOG = LoggerFactory.getLogger(MasterDataSync.class);
  static final LocalTime DEFAULT_START = LocalTime.of(9, 0);

  private final JdbcClient jdbc;
  private final Resource file;
  private final ObjectMapper yaml =
      JsonMapper.builder(new YAMLFactory())
          .addModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private final MembershipHistory history;

  MasterDataSync(JdbcClient jdbc, @Value("${governance.masterdata}") Resource file, MembershipHistory history) {
    this.jdbc = jdbc;
    this.file = file;
    this.history = history;
  }

  MasterDataFile read() {
    try (InputStream in = file.getInputStream()) {
      MasterDataFile data = yaml.readValue(in, MasterDataFile.class);
      MasterDataValidator.validate(data);
      return data;
    } catch (IOException e) {
      throw new MasterDataException("Cannot read master data " + file + ": " + e.getMessage(), e);
    }
  }

  @Transactional
  public void synchronise() {
    synchronise(read());
  }

  /** Package-private for tests that load another version of the file. */
  @Transactional
  void synchronise(MasterDataFile data) {
    LocalDate today = EngineClock.today();
    data.parties().forEach(p -> upsert("gov_party", p.id(),
        "update gov_party set name = ?, kind = ? where id = ?",
        "insert into gov_party (name, kind, id) values (?, ?, ?)",
        p.name(), p.kind().name()));
    jdbc.sql("delete from gov_cluster_municipality").update();
    data.clusters().forEach(c -> {
      upsert("gov_cluster", c.id(),
          "update gov_cluster set name = ? where id = ?",
          "insert into gov_cluster (name, id) values (?, ?)", c.name());
      c.municipalities().forEach(m -> jdbc
          .sql("insert into gov_cluster_municipality (cluster_id, party_id) values (?, ?)")
          .params(c.id(), m).update());
    });
    data.people().forEach(p -> upsert("gov_person", p.id(),
        "update gov_person set name = ?, email = ?, party_id = ?, title = ? where id = ?",
        "insert into gov_person (name, email, party_id, title, id) values (?, ?, ?, ?, ?)",
        p.name(), p.email(), p.party(), p.title()));
    jdbc.sql("delete from gov_forum_member").update();
    int added = 0;
    for (ForumEntry f : data.forums()) {
      upsert("gov_forum", f.id(),
          "update gov_forum set short_name = ?, name = ?, kind = ?, pre_meeting_of = ?,"
              + " chair_title = ?, secretariat = ?, default_place = ? where id = ?",
          "insert into gov_forum (short_name, name, kind, pre_meeting_of, chair_title,"
              + " secretariat, default_place, id) values (?, ?, ?, ?, ?, ?, ?, ?)",
          f.shortName(), f.name(), f.kind().name(), f.preMeetingOf(), f.chairTitle(),
          f.secretariat(), f.defaultPlace());
      Set<String> seen = new HashSet<>();
      for (var m : f.members()) {
        // gov_forum_member: today's members (groups, tasks); gov_forum_membership keeps every period.
        if (m.validOn(today) && seen.add(m.person() + "/" + m.role())) {
          jdbc.sql("insert into gov_forum_member (forum_id, person_id, role) values (?, ?, ?)")
              .params(f.id(), m.person(), m.role().name()).update();
        }
      }
      for (MeetingEntry m : f.meetings()) {
        added += addCalendarMeeting(f, m);
      }
    }
    history.synchronise(data.forums(), today);
    jdbc.sql("delete from gov_group_member").update();
    data.groups().forEach(g -> {
      upsert("gov_group", g.id(),
          "update gov_group set name = ? where id = ?",
          "insert into gov_group (name, id) values (?, ?)", g.name());
      new HashSet<>(g.members()).forEach(p -> jdbc
          .sql("insert into gov_group_member (group_id, person_id) values (?, ?)")
          .params(g.id(), p).update());
    });
    // Upserted, never deleted: actions and letters of past meetings keep naming the body.
    data.externalBodies().forEach(b -> upsert("gov_external_body", b.id(),
        "update gov_external_body set name = ?, email = ?, address = ? where id = ?",
        "insert into gov_external_body (name, email, address, id) values (?, ?, ?, ?)",
        b.name(), b.email(), b.address()));
    LOG.info("Master data synchronised: {} forums, {} people, {} new calendar meetings",
        data.forums().size(), data.people().size(), added);
  }

  private int addCalendarMeeting(ForumEntry forum, MeetingEntry m) {
    boolean known = jdbc.sql("select count(*) from gov_meeting where forum_id = ? and planned_date = ?")
        .params(forum.id(), m.date()).query(Integer.class).single() > 0;
    if (known) {
      return 0;
    }
    LocalTime start = m.start() == null ? DEFAULT_START : m.start();
    LocalTime end = m.end() == null ? start.plusHours(2) : m.end();
    String place = m.place() == null ? forum.defaultPlace() : m.place();
    jdbc.sql("insert into gov_meeting (id, forum_id, planned_date, starts_at, ends_at, place, status)"
            + " values (?, ?, ?, ?, ?, ?, 'PLANNED')")
        .params(forum.id() + "-" + m.date(), forum.id(), m.date(),
            LocalDateTime.of(m.date(), start), LocalDateTime.of(m.date(), end), place)
        .update();
    return 1;
  }

  private void upsert(String table, String id, String update, String insert, Object... values) {
    Object[] params = new Object[values.length + 1];
    System.arraycopy(values, 0, params, 0, values.length);
    params[values.length] = id;
    if (jdbc.sql(update).params(params).update() == 0) {
      jdbc.sql(insert).params(params).update();
    }
  }
}
