package dk.nordjylland.governance.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Benchmark 5: start-up of the packaged jar with the demo profile until the Tasklist answers, measured from the
 * launch of the JVM: a first start (empty H2 file: schema, migrations, master data, demo data) and a second start
 * on the same database.
 */
class StartupBenchIT {

  @Test
  void startUpToAReadyTasklist() throws Exception {
    if (!Machine.wanted("startup")) {
      return;
    }
    Path data = Files.createTempDirectory("governance-bench-startup");
    for (String run : new String[] {"first start (empty database)", "second start"}) {
      try (Node node = Node.start("startup", Map.of("GOVERNANCE_DATA_DIR", data.toString()),
          "--spring.profiles.active=demo", "--governance.mail.embedded-server.smtp-port=0",
          "--governance.mail.embedded-server.imap-port=-1")) {
        double seconds = node.awaitTasklist(180);
        Results.add("5 start-up", "h2 (file)", run, "seconds to Tasklist 200", seconds, "s",
            node.startedLine() + "; goal <= 10 s");
      }
    }
  }

  @AfterAll
  static void publish() {
    Results.publish();
  }
}
