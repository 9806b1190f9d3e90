package dk.nordjylland.governance.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's results. Every benchmark class runs in a JVM of its own, so each appends its rows to
 * {@code target/benchmark/rows-<run>.jsonl} (the run: the Maven build's timestamp, so that an earlier run's rows do
 * not mix in) and then rewrites {@code results.csv} and {@code results.json} from all rows of the run so far and
 * prints the whole table: after the last class they hold the complete run.
 */
final class Results {

  /** One figure: which benchmark, on which database, with which parameter, and its value. */
  record Row(String benchmark, String db, String parameter, String metric, double value, String unit, String note) {}

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Results() {}

  static Path dir() {
    Path dir = Path.of(System.getProperty("bench.out", "target/benchmark"));
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }

  private static Path rows() {
    return dir().resolve("rows-" + System.getProperty("bench.run", "adhoc") + ".jsonl");
  }

  static synchronized void add(String benchmark, String db, String parameter, String metric, double value,
      String unit, String note) {
    Row row = new Row(benchmark, db, parameter, metric, Math.round(value * 1000) / 1000.0, unit, note == null ? "" : note);
    try {
      Files.writeString(rows(), JSON.copy().disable(SerializationFeature.INDENT_OUTPUT)
              .writeValueAsString(row) + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.printf(Locale.ROOT, "BENCH %-28s %-9s %-22s %-26s %12.3f %s %s%n", benchmark, db, parameter, metric,
        row.value(), unit, row.note());
  }

  static List<Row> all() {
    Path rows = rows();
    List<Row> all = new ArrayList<>();
    try {
      if (Files.exists(rows)) {
        for (String line : Files.readAllLines(rows, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            all.add(JSON.readValue(line, Row.class));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // A later run of the same figure replaces the earlier one.
    Map<String, Row> latest = new LinkedHashMap<>();
    for (Row row : all) {
      String key = row.benchmark() + "|" + row.db() + "|" + row.parameter() + "|" + row.metric();
      latest.remove(key);
      latest.put(key, row);
    }
    return new ArrayList<>(latest.values());
  }

  /** Rewrites results.csv and results.json from every row so far and prints them as a table. */
  static synchronized void publish() {
    List<Row> rows = derived(all());
    StringBuilder csv = new StringBuilder("benchmark,db,parameter,metric,value,unit,note\n");
    for (Row r : rows) {
      csv.append(String.join(",", quote(r.benchmark()), quote(r.db()), quote(r.parameter()), quote(r.metric()),
          String.format(Locale.ROOT, "%.3f", r.value()), quote(r.unit()), quote(r.note()))).append('\n');
    }
    try {
      Files.writeString(dir().resolve("results.csv"), csv, StandardCharsets.UTF_8);
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("machine", Machine.describe());
      json.put("results", rows);
      JSON.writeValue(dir().resolve("results.json").toFile(), json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.println(table(rows));
  }

  /** Adds the ratios that need two benchmarks (each ran in its own JVM) and sorts by benchmark. */
  static List<Row> derived(List<Row> rows) {
    List<Row> all = new ArrayList<>(rows);
    for (Row bare : rows) {
      if (bare.benchmark().equals("2 bare engine cycles") && bare.metric().equals("cycles/s")) {
        rows.stream().filter(r -> r.benchmark().equals("1 cycles via API") && r.metric().equals("cycles/s")
                && r.db().equals(bare.db()) && r.parameter().equals(bare.parameter())).findFirst()
            .ifPresent(ours -> all.add(new Row("2 overhead", bare.db(), bare.parameter(), "bare / ours (cycles/s)",
                Math.round(bare.value() / ours.value() * 1000) / 1000.0, "ratio", "goal <= 1.25")));
      }
      if (bare.benchmark().equals("2 bare engine cycles") && bare.metric().equals("CPU per cycle")) {
        rows.stream().filter(r -> r.benchmark().equals("1 cycles via API") && r.metric().equals("CPU per cycle")
                && r.db().equals(bare.db()) && r.parameter().equals(bare.parameter())).findFirst()
            .ifPresent(ours -> all.add(new Row("2 overhead", bare.db(), bare.parameter(), "ours / bare (CPU per cycle)",
                Math.round(ours.value() / bare.value() * 1000) / 1000.0, "ratio", "goal <= 1.25")));
      }
    }
    for (Row ten : rows) {
      if (ten.benchmark().equals("4 task query") && ten.parameter().startsWith("10 years")) {
        String one = ten.parameter().replace("10 years", "1 year");
        rows.stream().filter(r -> r.benchmark().equals(ten.benchmark()) && r.db().equals(ten.db())
                && r.parameter().equals(one) && r.metric().equals(ten.metric())).findFirst()
            .ifPresent(r1 -> all.add(new Row("4 task query growth", ten.db(), ten.parameter().replace("10 years, ", ""),
                ten.metric() + " 10y / 1y", Math.round(ten.value() / r1.value() * 1000) / 1000.0, "ratio",
                "goal: flat")));
      }
    }
    all.sort(java.util.Comparator.comparing(Row::benchmark));
    return all;
  }

  static String table(List<Row> rows) {
    StringBuilder t = new StringBuilder();
    t.append("\n==== Benchmark results (").append(Machine.describe()).append(") ====\n");
    String format = "%-26s | %-9s | %-24s | %-28s | %12s | %-8s | %s%n";
    t.append(String.format(Locale.ROOT, format, "benchmark", "db", "parameter", "metric", "value", "unit", "note"));
    t.append("-".repeat(140)).append('\n');
    for (Row r : rows) {
      t.append(String.format(Locale.ROOT, format, r.benchmark(), r.db(), r.parameter(), r.metric(),
          String.format(Locale.ROOT, "%.3f", r.value()), r.unit(), r.note()));
    }
    return t.toString();
  }

  private static String quote(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
