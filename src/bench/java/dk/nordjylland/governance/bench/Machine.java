package dk.nordjylland.governance.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The machine and the benchmark's settings, for the results and the README. */
final class Machine {

  private Machine() {}

  static String describe() {
    return String.format(Locale.ROOT, "%d cores, %s RAM, Java %s (%s), %s %s", Runtime.getRuntime()
        .availableProcessors(), memory(), System.getProperty("java.version"), System.getProperty("java.vm.name"),
        System.getProperty("os.name"), System.getProperty("os.arch"));
  }

  private static String memory() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          long kb = Long.parseLong(line.replaceAll("\\D", ""));
          return String.format(Locale.ROOT, "%.0f GiB", kb / 1024.0 / 1024.0);
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return "?";
  }

  /**
   * CPU time of this JVM so far (all threads: client, server, engine, job executor, GC), in nanoseconds. Unlike
   * wall-clock time it barely changes when other work shares the cores, so per-operation CPU is the steadier figure.
   */
  static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** Comma-separated list from a system property, e.g. bench.db=h2,postgres. */
  static List<String> list(String property, String defaults) {
    return Arrays.stream(System.getProperty(property, defaults).split(",")).map(String::trim)
        .filter(s -> !s.isEmpty()).toList();
  }

  static int integer(String property, int defaults) {
    String value = System.getProperty(property, "");
    return value.isBlank() ? defaults : Integer.parseInt(value.trim());
  }

  /** Whether the run asked for this benchmark (-Dbench.only=cycles,queries,...; empty = all). */
  static boolean wanted(String name) {
    List<String> only = list("bench.only", "");
    return only.isEmpty() || only.contains(name);
  }
}
