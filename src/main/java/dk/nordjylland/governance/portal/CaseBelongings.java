package dk.nordjylland.governance.portal;

import dk.nordjylland.governance.portal.CasePassports.Belonging;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The case passport's "belongs to": the collaboration agreement or consultation whose forum step the item is. */
@Component
class CaseBelongings {

  private final JdbcClient jdbc;

  CaseBelongings(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The collaboration agreement or consultation whose forum step this item is. */
  List<Belonging> of(long itemId) {
    List<Belonging> result = new ArrayList<>(jdbc.sql("select distinct a.title, a.status from gov_agreement a"
            + " join gov_agreement_step s on s.agreement_id = a.id where s.item_id = ?")
        .param(itemId)
        .query((rs, n) -> new Belonging("Samarbejdsaftale", rs.getString("title"), switch (rs.getString("status")) {
          case "PUBLISHED" -> "Offentliggjort";
          case "REVISED" -> "Afløst af en revideret aftale";
          default -> "Under behandling";
        })).list());
    result.addAll(jdbc.sql("select distinct c.subject, c.status from gov_consultation c where c.item_id = ?"
            + " or c.id in (select ci.consultation_id from gov_consultation_item ci where ci.item_id = ?)")
        .params(itemId, itemId)
        .query((rs, n) -> new Belonging("Høring", rs.getString("subject"),
            "CLOSED".equals(rs.getString("status")) ? "Afsluttet" : "I gang")).list());
    return result;
  }
}
