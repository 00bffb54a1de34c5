package dev.admincvq.bench;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Optional;

/**
 * The machine and JVM a benchmark ran on, and the options a child TLC process gets so that it has
 * what this JVM has: the same maximum heap, thread stack size and garbage collector.
 *
 * @param cores processors available to this JVM
 * @param java the Java runtime's version
 * @param heapBytes this JVM's maximum heap ({@code -Xmx}), given to every child process too
 * @param stackKb this JVM's thread stack size ({@code -Xss}, which TLC's workers get), given too
 */
public record Machine(int cores, String java, long heapBytes, long stackKb) {

  /** This JVM. */
  public static Machine current() {
    return new Machine(
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version", "?"),
        vmOption("MaxHeapSize").orElse(Runtime.getRuntime().maxMemory()),
        vmOption("ThreadStackSize").orElse(0L));
  }

  /** The JVM options of a child {@code java tlc2.TLC} process. */
  public List<String> childJvmOptions() {
    String heap = "-Xmx" + (heapBytes / 1024) + "k";
    return stackKb > 0
        ? List.of(heap, "-Xss" + stackKb + "k", "-XX:+UseParallelGC")
        : List.of(heap, "-XX:+UseParallelGC");
  }

  /**
   * A HotSpot option's value. {@code MaxHeapSize} is the {@code -Xmx} itself, where {@link
   * Runtime#maxMemory} leaves out a survivor space (so a child given that would get less).
   */
  private static Optional<Long> vmOption(String name) {
    try {
      HotSpotDiagnosticMXBean hotspot =
          ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
      if (hotspot == null) {
        return Optional.empty();
      }
      VMOption option = hotspot.getVMOption(name);
      return Optional.of(Long.parseLong(option.getValue()));
    } catch (IllegalArgumentException notHotSpot) { // unknown option, or a value that is no number
      return Optional.empty();
    }
  }
}
