package dk.nordjylland.governance.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The packaged application (target/governance-*.jar) started as a process of its own, as in production. */
final class Node implements AutoCloseable {

  static final String TASKLIST = "/camunda/app/tasklist/";

  final int port;
  final Process process;
  final Path log;
  final long launchedAt;

  private Node(int port, Process process, Path log, long launchedAt) {
    this.port = port;
    this.process = process;
    this.log = log;
    this.launchedAt = launchedAt;
  }

  /** Starts the packaged jar with the arguments and environment; the log goes to target/benchmark/node-*.log. */
  static Node start(String name, Map<String, String> env, String... args) {
    return start(name, env, List.of(), packagedJar(), null, args);
  }

  /**
   * Starts {@code jar} with JVM options and application arguments; with {@code cpus} (e.g. "0") under
   * {@code taskset -c}, so that the node only gets those cores, as if it were a machine of that size.
   */
  static Node start(String name, Map<String, String> env, List<String> jvmOptions, Path jar, String cpus,
      String... args) {
    int port = freePort();
    List<String> command = new ArrayList<>();
    if (cpus != null) {
      command.addAll(List.of("taskset", "-c", cpus));
    }
    command.add(java());
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
    command.addAll(List.of(args));
    Path log = Results.dir().resolve("node-" + name + ".log");
    long launched = System.nanoTime();
    try {
      return new Node(port, launch(command, env, log), log, launched);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path packagedJar() {
    String jar = System.getProperty("bench.jar");
    if (jar == null || !new File(jar).isFile()) {
      throw new IllegalStateException("No packaged jar at " + jar + ": run with mvn -Pbench verify");
    }
    return Path.of(jar);
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Whether {@code taskset} (util-linux) can pin a process here. */
  static boolean canPin() {
    try {
      return new ProcessBuilder("taskset", "-c", "0", "true").start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Runs a command to its end (at most 5 minutes); its output goes to target/benchmark/{name}.log. */
  static void run(String name, Map<String, String> env, List<String> command) throws Exception {
    Path log = Results.dir().resolve(name + ".log");
    Process process = launch(command, env, log);
    if (!process.waitFor(300, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(name + " did not end within 5 minutes; see " + log);
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(name + " failed with exit code " + process.exitValue() + "; see " + log);
    }
  }

  private static Process launch(List<String> command, Map<String, String> env, Path log) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(env);
    return builder.start();
  }

  /** Polls the Tasklist until it answers 200; returns the seconds since the launch. */
  double awaitTasklist(int timeoutSeconds) throws InterruptedException {
    long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The node stopped; see " + log);
      }
      try {
        HttpURLConnection c = (HttpURLConnection) URI.create("http://localhost:" + port + TASKLIST).toURL()
            .openConnection();
        c.setConnectTimeout(200);
        c.setReadTimeout(2000);
        if (c.getResponseCode() == 200) {
          return (System.nanoTime() - launchedAt) / 1e9;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(25);
    }
    throw new IllegalStateException("No Tasklist after " + timeoutSeconds + " s; see " + log);
  }

  /** "Started GovernanceApplication in 7.1 seconds (process running for 7.9)" from the node's log, if any. */
  String startedLine() {
    try {
      return Files.readAllLines(log).stream().filter(l -> l.contains("Started GovernanceApplication")).findFirst()
          .map(l -> l.substring(l.indexOf("Started"))).orElse("");
    } catch (IOException e) {
      return "";
    }
  }

  static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
