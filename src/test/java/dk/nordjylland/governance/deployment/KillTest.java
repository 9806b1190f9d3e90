package dk.nordjylland.governance.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nordjylland.governance.GovernanceApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, findings 6 and 8, against the server as it runs outside the tests: the application in a JVM of its own
 * (application.yaml's file-based H2 in a data folder), killed with SIGKILL right after it answered 201, then started
 * again on the same folder. What it answered as saved is there. And reading items writes nothing into H2's trace
 * file (it used to get some 330 KB of stack traces per read).
 */
@Tag("isolated")
class KillTest {

  static final String USER = "karen.lund";
  static final String PASSWORD = "kill-test";

  @TempDir Path dataDir;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  final ObjectMapper json = new ObjectMapper();
  Process server;

  @AfterEach
  void stopServer() throws InterruptedException {
    if (server != null && server.isAlive()) {
      server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void proposalsAnswered201SurviveKillMinus9AndReadingThemLeavesTheTraceFileAlone() throws Exception {
    int port = freePort();
    server = start(port, "first");
    List<Long> ids = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      HttpResponse<String> created = send(port, "POST", "/api/items", json.writeValueAsString(
          Map.of("forumId", "ffu", "title", "Orientering: Gemt før kill -9, nr. " + i)));
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      ids.add(json.readTree(created.body()).get("item").get("id").asLong());
    }
    // At once after the last answer: SIGKILL, no shutdown hook, nothing flushed on the way out.
    server.destroyForcibly();
    assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(server.exitValue()).as("exit status of a process ended by SIGKILL (128 + 9)").isEqualTo(137);

    server = start(port, "second");
    for (int i = 0; i < ids.size(); i++) {
      HttpResponse<String> item = send(port, "GET", "/api/items/" + ids.get(i), null);
      assertThat(item.statusCode()).as("item %d after the restart: %s", ids.get(i), item.body()).isEqualTo(200);
      assertThat(item.body()).contains("Orientering: Gemt før kill -9, nr. " + (i + 1));
    }

    Path trace = dataDir.resolve("governance.trace.db");
    long before = Files.exists(trace) ? Files.size(trace) : 0;
    for (int round = 0; round < 5; round++) {
      for (long id : ids) {
        assertThat(send(port, "GET", "/api/items/" + id, null).statusCode()).isEqualTo(200);
      }
      assertThat(send(port, "GET", "/api/forums", null).statusCode()).isEqualTo(200);
    }
    assertThat(Files.exists(trace) ? Files.size(trace) : 0).as("bytes in H2's trace file " + trace).isEqualTo(before);
  }

  /** The application as `java -cp ... GovernanceApplication` with the default configuration, on the data folder. */
  Process start(int port, String name) throws Exception {
    Path log = Path.of("target", "kill-test-" + name + ".log");
    Files.createDirectories(log.getParent());
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-Xmx768m",
        "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
        GovernanceApplication.class.getName(),
        "--server.port=" + port,
        "--governance.data-dir=" + dataDir,
        "--camunda.bpm.admin-user.password=kill-test-admin",
        "--governance.cycle.auto-start=false",
        // Users with a known password (people otherwise get one nobody knows).
        "--governance.demo.enabled=true",
        "--governance.demo.password=" + PASSWORD);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
    while (System.nanoTime() < deadline) {
      assertThat(process.isAlive()).as("the server is running; see " + log).isTrue();
      try {
        if (send(port, "GET", "/api/forums", null).statusCode() == 200) {
          return process;
        }
      } catch (ConnectException | HttpTimeoutException e) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    process.destroyForcibly();
    throw new AssertionError("The server did not answer within 240 s; see " + log);
  }

  HttpResponse<String> send(int port, String method, String path, String body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(60))
        .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body))
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD)
            .getBytes(StandardCharsets.UTF_8))).build();
    return http.send(request, BodyHandlers.ofString());
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
