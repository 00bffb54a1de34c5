package dev.admincvq.stress;

import dev.admincvq.reference.DeviceCheck;
import dev.admincvq.reference.DriverSync;
import dev.admincvq.reference.Machine;
import dev.admincvq.reference.Options;
import dev.admincvq.reference.ResetNotice;
import dev.admincvq.reference.trace.TraceSink;

/**
 * What a stress run does.
 *
 * @param threads management-driver threads submitting and reaping concurrently
 * @param runs how many runs (one trace file each)
 * @param commandsPerThread admin commands each driver thread attempts per run
 * @param maxVfs {@code MaxVFs}; each VF's own driver runs on a thread of its own
 * @param driverSync the management driver's rule set, {@code barrier} or {@code drain}, each in a
 *     design the model checker finds safe ({@link #claimed()})
 * @param brokenDevice the device skips its check (runs with {@code DeviceCheck = "none"}) while the
 *     trace's header claims the safe design: its traces must be rejected
 * @param seed seeds every thread's random choices (the interleaving is the scheduler's)
 */
public record StressSettings(
    int threads,
    int runs,
    int commandsPerThread,
    int maxVfs,
    DriverSync driverSync,
    boolean brokenDevice,
    long seed) {
  /**
   * The most driver threads: every one waits up to 30 s for its completion from the one device
   * thread, which on a loaded machine does not serve thousands in time.
   */
  public static final int MAX_THREADS = 64;

  /** The most VFs, each with a driver thread of its own. */
  public static final int MAX_VFS = 16;

  /** The most runs. */
  public static final int MAX_RUNS = 10_000;

  /**
   * The most submissions of one run, all threads together: a trace of this many (some ten events
   * each, about 100 bytes an event) stays in the tens of megabytes.
   */
  public static final int MAX_COMMANDS_PER_RUN = 100_000;

  public StressSettings {
    if (threads < 1 || runs < 1 || commandsPerThread < 1 || maxVfs < 1) {
      throw new IllegalArgumentException("threads, runs, commands and VFs must be at least 1");
    }
    if (threads > MAX_THREADS
        || maxVfs > MAX_VFS
        || runs > MAX_RUNS
        || (long) threads * commandsPerThread > MAX_COMMANDS_PER_RUN) {
      throw new IllegalArgumentException(
          "at most "
              + MAX_THREADS
              + " threads, "
              + MAX_VFS
              + " VFs, "
              + MAX_RUNS
              + " runs and "
              + MAX_COMMANDS_PER_RUN
              + " commands per run");
    }
    if (driverSync != DriverSync.BARRIER && driverSync != DriverSync.DRAIN) {
      throw new IllegalArgumentException(
          "the stress driver runs the safe designs: barrier or drain");
    }
  }

  /**
   * The design the traces claim: under {@code barrier} the device checks the member generation the
   * request carries ({@code "wireGen"}) and a VF reset re-creates the VF, the management driver
   * notified late ({@code drops_barrier_wireGen}); under {@code drain} the device checks the
   * generation noted at fetch ({@code "inFlight"}) and a VF reset keeps the VF's configuration
   * ({@code keeps_drain_inFlight}). Both process the admin CVQ in order, count DEVICE_NEEDS_RESET
   * as destroyed and re-enable SR-IOV with every VF.
   */
  public Options claimed() {
    return driverSync == DriverSync.BARRIER
        ? new Options(
            maxVfs,
            DriverSync.BARRIER,
            DeviceCheck.WIRE_GEN,
            true,
            true,
            false,
            true,
            ResetNotice.LATE)
        : Options.of(maxVfs, DriverSync.DRAIN, DeviceCheck.IN_FLIGHT);
  }

  /** The machine a run drives: the claimed design, or its device without its check if broken. */
  public Machine machine(TraceSink sink) {
    return brokenDevice
        ? Machine.withBrokenDevice(claimed(), DeviceCheck.NONE, sink)
        : new Machine(claimed(), sink);
  }

  /** The design, for people: {@code barrier/wireGen/in order, VF reset re-creates the VF}. */
  public String design() {
    Options o = claimed();
    return o.driverSync().specName()
        + "/"
        + o.deviceCheck().specName()
        + "/in order, VF reset "
        + (o.vfResetKeepsConfig() ? "keeps the VF's configuration" : "re-creates the VF")
        + (brokenDevice ? " (device without its check)" : "");
  }
}
