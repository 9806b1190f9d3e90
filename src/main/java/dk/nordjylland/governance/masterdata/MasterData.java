package dk.nordjylland.governance.masterdata;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read access to the collaboration's master data in our tables. */
@Service
public class MasterData {

  private final JdbcClient jdbc;

  MasterData(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Forum> forums() {
    return jdbc.sql("select * from gov_forum order by id").query(Forum.class).list();
  }

  public Optional<Forum> forum(String id) {
    return jdbc.sql("select * from gov_forum where id = ?").param(id).query(Forum.class).optional();
  }

  public List<Person> people() {
    return jdbc.sql("select * from gov_person order by id").query(Person.class).list();
  }

  public Optional<Person> person(String id) {
    return jdbc.sql("select * from gov_person where id = ?").param(id).query(Person.class).optional();
  }

  public List<Membership> memberships() {
    return jdbc.sql("select forum_id, person_id, role from gov_forum_member order by forum_id, person_id")
        .query(Membership.class).list();
  }

  public List<Membership> memberships(String forumId) {
    return jdbc.sql("select forum_id, person_id, role from gov_forum_member where forum_id = ? order by person_id")
        .param(forumId).query(Membership.class).list();
  }

  /**
   * The forum as it was on a day (ADR 0043): the memberships whose period holds that day, from the history the
   * master-data file left, including people since removed from the file.
   */
  public List<Membership> membershipsOn(String forumId, LocalDate day) {
    return jdbc.sql("select distinct forum_id, person_id, role from gov_forum_membership where forum_id = ?"
            + " and (valid_from is null or valid_from <= ?) and (valid_to is null or valid_to >= ?)"
            + " order by person_id, role")
        .params(forumId, day, day).query(Membership.class).list();
  }

  public List<ExtraGroup> extraGroups() {
    return jdbc.sql("select id, name from gov_group order by id")
        .query((rs, n) -> new ExtraGroup(rs.getString("id"), rs.getString("name"),
            jdbc.sql("select person_id from gov_group_member where group_id = ? order by person_id")
                .param(rs.getString("id")).query(String.class).list()))
        .list();
  }

  public List<ExternalBody> externalBodies() {
    return jdbc.sql("select id, name, email, address from gov_external_body order by name").query(ExternalBody.class)
        .list();
  }

  public Optional<ExternalBody> externalBody(String id) {
    return jdbc.sql("select id, name, email, address from gov_external_body where id = ?").param(id)
        .query(ExternalBody.class).optional();
  }
}
