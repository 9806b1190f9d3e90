package dk.nordjylland.governance.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2 only (migration V28 in db/vendor/h2): every row written to a table with searchable text (an item, its
 * attachments, its agenda entries and sub-topics) logs its item id in {@code gov_search_change}, in the same
 * transaction, so the Lucene index reads exactly the committed changes, whoever wrote them (ADR 0056, addendum).
 * Public with a public constructor: H2 creates it by name.
 */
public final class TextChangeTrigger implements Trigger {

  private int itemColumn;

  @Override
  public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
      int type) throws SQLException {
    String column = "GOV_ITEM".equalsIgnoreCase(tableName) ? "ID" : "ITEM_ID";
    try (ResultSet columns = conn.getMetaData().getColumns(null, schemaName, tableName, column)) {
      if (!columns.next()) {
        throw new SQLException("Table " + tableName + " has no column " + column);
      }
      itemColumn = columns.getInt("ORDINAL_POSITION") - 1;
    }
  }

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    Object[] row = newRow != null ? newRow : oldRow;
    try (PreparedStatement log = conn.prepareStatement("insert into gov_search_change (item_id) values (?)")) {
      log.setLong(1, ((Number) row[itemColumn]).longValue());
      log.executeUpdate();
    }
  }
}
