package dev.admincvq.bench;

import java.lang.management.ManagementFactory;

/** The CPU time this JVM has used, all threads together, as the operating system counts it. */
final class ProcessCpu {
  private ProcessCpu() {}

  /** Nanoseconds of CPU used by this process so far; -1 where the JVM cannot tell. */
  static long nanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }
}
