package dk.nordjylland.governance.operations;

import java.lang.reflect.Constructor;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * Maps a row to a record by its components' names: {@code forumId} reads the column {@code forum_id} (or
 * {@code forumid}). Spring's SimplePropertyRowMapper, which {@code JdbcClient.query(Class)} uses, finds a column by
 * trying {@code rs.findColumn("forumId")} and, when that throws, {@code forum_id}; H2 writes every such exception
 * with its stack trace into the database's trace file (issue 13: some 330 KB per item read, 190 MB in 45 minutes).
 * This mapper reads the result's column labels once per query and looks the names up in them, so nothing throws.
 * One instance per query (it keeps that query's column positions).
 */
final class RecordRowMapper<T> implements RowMapper<T> {

  private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
    @Override
    protected Shape computeValue(Class<?> type) {
      return new Shape(type);
    }
  };

  /** A record's canonical constructor, its parameters' names and types. */
  private static final class Shape {
    final Constructor<?> constructor;
    final String[] names;
    final TypeDescriptor[] types;

    Shape(Class<?> type) {
      constructor = BeanUtils.getResolvableConstructor(type);
      names = BeanUtils.getParameterNames(constructor);
      types = new TypeDescriptor[names.length];
      for (int i = 0; i < names.length; i++) {
        types[i] = new TypeDescriptor(new MethodParameter(constructor, i));
      }
    }
  }

  private final Class<T> type;
  private final Shape shape;
  private final ConversionService conversions = DefaultConversionService.getSharedInstance();
  private int[] columns;

  RecordRowMapper(Class<T> type) {
    this.type = type;
    this.shape = SHAPES.get(type);
  }

  @Override
  public T mapRow(ResultSet rs, int rowNum) throws SQLException {
    if (columns == null) {
      columns = columns(rs.getMetaData());
    }
    Object[] args = new Object[shape.names.length];
    for (int i = 0; i < args.length; i++) {
      Object value = JdbcUtils.getResultSetValue(rs, columns[i], shape.types[i].getType());
      args[i] = conversions.convert(value, shape.types[i]);
    }
    return type.cast(BeanUtils.instantiateClass(shape.constructor, args));
  }

  /** The column of each constructor parameter, matched without case and underscores ("forum_id" = "forumId"). */
  private int[] columns(ResultSetMetaData meta) throws SQLException {
    Map<String, Integer> byName = new HashMap<>();
    for (int c = meta.getColumnCount(); c >= 1; c--) {
      byName.put(normalised(JdbcUtils.lookupColumnName(meta, c)), c); // the first of equal names wins
    }
    int[] found = new int[shape.names.length];
    for (int i = 0; i < found.length; i++) {
      Integer column = byName.get(normalised(shape.names[i]));
      if (column == null) {
        throw new InvalidDataAccessApiUsageException("The query has no column for " + type.getSimpleName() + "."
            + shape.names[i] + " (columns: " + byName.keySet() + ")");
      }
      found[i] = column;
    }
    return found;
  }

  static String normalised(String name) {
    return name.replace("_", "").toLowerCase(Locale.ROOT);
  }
}
