package dk.nordjylland.governance.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Benchmark 5: start-up of the application with the demo profile until the Tasklist answers, measured from the
 * launch of the JVM, two ways:
 * <ul>
 *   <li>a plain {@code java -jar} of the packaged jar: a first start (empty H2 file: schema, migrations, master data,
 *       demo data) and a second start on the same database;</li>
 *   <li>the production start of docs/operations.md: the jar extracted ({@code -Djarmode=tools extract}), a class data
 *       sharing archive made by one training run, and every start with that archive ({@code -XX:SharedArchiveFile});
 *       the training run is not counted, it is made once per release.</li>
 * </ul>
 * Each way is started {@code bench.startups} times (default 3) after its first start; the table gives the median.
 */
class StartupBenchIT {

  static final String[] APP_ARGS = {"--spring.profiles.active=demo", "--governance.mail.embedded-server.smtp-port=0",
      "--governance.mail.embedded-server.imap-port=-1"};

  @Test
  void startUpToAReadyTasklist() throws Exception {
    if (!Machine.wanted("startup")) {
      return;
    }
    int repeats = Machine.integer("bench.startups", 3);
    Path data = Files.createTempDirectory("governance-bench-startup");
    Map<String, String> env = Map.of("GOVERNANCE_DATA_DIR", data.toString());
    Path jar = Node.packagedJar();

    double first = startOnce("plain", env, List.of(), jar);
    Results.add("5 start-up", "h2 (file)", "java -jar, first start (empty database)", "seconds to Tasklist 200",
        first, "s", "goal <= 10 s");
    record("java -jar, second start", median(env, List.of(), jar, repeats), repeats);

    // The production start (docs/operations.md): extract, one training run, then every start with the archive.
    Path app = Results.dir().resolve("cds-app");
    Node.run("cds-extract", Map.of(), List.of(Node.java(), "-Djarmode=tools", "-jar", jar.toString(), "extract",
        "--force", "--destination", app.toString()));
    Path extracted = app.resolve(jar.getFileName());
    Path archive = app.resolve("governance.jsa");
    List<String> training = new ArrayList<>(List.of(Node.java(), "-XX:ArchiveClassesAtExit=" + archive,
        "-Dspring.context.exit=onRefresh", "-jar", extracted.toString(), "--server.port=0"));
    training.addAll(List.of(APP_ARGS));
    Node.run("cds-training", env, training);
    record("extracted jar with CDS archive (production start)",
        median(env, List.of("-XX:SharedArchiveFile=" + archive), extracted, repeats), repeats);
    record("extracted jar with CDS archive and -XX:TieredStopAtLevel=1",
        median(env, List.of("-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1"), extracted, repeats),
        repeats);
  }

  private static void record(String run, double seconds, int repeats) {
    Results.add("5 start-up", "h2 (file)", run, "seconds to Tasklist 200", seconds, "s",
        "median of " + repeats + "; goal <= 10 s");
  }

  private static double median(Map<String, String> env, List<String> jvmOptions, Path jar, int repeats)
      throws Exception {
    double[] seconds = new double[repeats];
    for (int i = 0; i < repeats; i++) {
      seconds[i] = startOnce("startup", env, jvmOptions, jar);
    }
    java.util.Arrays.sort(seconds);
    return seconds[repeats / 2];
  }

  private static double startOnce(String name, Map<String, String> env, List<String> jvmOptions, Path jar)
      throws Exception {
    try (Node node = Node.start(name, env, jvmOptions, jar, null, APP_ARGS)) {
      return node.awaitTasklist(180);
    }
  }

  @AfterAll
  static void publish() {
    Results.publish();
  }
}
