package dk.nordjylland.governance.masterdata;

import dk.nordjylland.governance.masterdata.MasterDataFile.ForumEntry;
import dk.nordjylland.governance.masterdata.MasterDataFile.MemberEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps every membership the master-data file ever held, with its period (ADR 0043), so that a past meeting shows
 * the forum as it was. A membership the file no longer has is ended the day before the sync, never deleted; one that
 * comes back later starts a new period, so the gap stays in the history.
 */
@Component
class MembershipHistory {

  private final JdbcClient jdbc;

  MembershipHistory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private record Row(long id, String forumId, String personId, ForumRole role, LocalDate validFrom,
      LocalDate validTo, boolean removedFromFile) {

    boolean same(String forum, MemberEntry m) {
      return !removedFromFile && forumId.equals(forum) && personId.equals(m.person()) && role == m.role();
    }
  }

  void synchronise(List<ForumEntry> forums, LocalDate today) {
    List<Row> rows = jdbc.sql("select * from gov_forum_membership").query(Row.class).list();
    Set<Long> matched = new HashSet<>();
    for (ForumEntry forum : forums) {
      // Entries with a start date first: they claim the row of their own period before an open entry takes any.
      List<MemberEntry> entries = new ArrayList<>(forum.members());
      entries.sort(Comparator.comparing((MemberEntry m) -> m.from() == null));
      for (MemberEntry m : entries) {
        Optional<Row> row = rows.stream()
            .filter(r -> r.same(forum.id(), m) && !matched.contains(r.id()) && Objects.equals(r.validFrom(), m.from()))
            .findFirst()
            .or(() -> rows.stream().filter(r -> r.same(forum.id(), m) && !matched.contains(r.id())).findFirst());
        if (row.isPresent()) {
          matched.add(row.get().id());
          LocalDate from = m.from() == null ? row.get().validFrom() : m.from();
          jdbc.sql("update gov_forum_membership set valid_from = ?, valid_to = ? where id = ?")
              .params(from, m.to(), row.get().id()).update();
        } else {
          boolean wasRemoved = rows.stream().anyMatch(r -> r.removedFromFile() && r.forumId().equals(forum.id())
              && r.personId().equals(m.person()) && r.role() == m.role());
          LocalDate from = m.from() == null && wasRemoved ? today : m.from();
          jdbc.sql("insert into gov_forum_membership (forum_id, person_id, role, valid_from, valid_to)"
                  + " values (?, ?, ?, ?, ?)")
              .params(forum.id(), m.person(), m.role().name(), from, m.to()).update();
        }
      }
    }
    LocalDate yesterday = today.minusDays(1);
    for (Row r : rows) {
      if (r.removedFromFile() || matched.contains(r.id())) {
        continue;
      }
      if (r.validFrom() != null && r.validFrom().isAfter(yesterday)) {
        // It never began: nothing to remember.
        jdbc.sql("delete from gov_forum_membership where id = ?").param(r.id()).update();
      } else {
        LocalDate end = r.validTo() != null && r.validTo().isBefore(yesterday) ? r.validTo() : yesterday;
        jdbc.sql("update gov_forum_membership set valid_to = ?, removed_from_file = true where id = ?")
            .params(end, r.id()).update();
      }
    }
  }
}
