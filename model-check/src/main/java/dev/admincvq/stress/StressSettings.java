package dev.admincvq.stress;

import dev.admincvq.reference.v1.DeviceCheck;
import dev.admincvq.reference.v1.DriverSync;
import dev.admincvq.reference.v1.Settings;

/**
 * What a stress run does.
 *
 * @param threads driver threads submitting and reaping concurrently
 * @param runs how many runs (one trace file each)
 * @param commandsPerThread submissions each driver thread attempts per run
 * @param numVfs {@code NumVFs}
 * @param driverSync the driver's synchronisation ({@code drain} or {@code barrier}: the safe
 *     designs, with the device's incarnation check and in-order processing)
 * @param brokenDevice the device skips its stale check (runs with {@code DeviceCheck = "none"})
 *     while the trace's header claims the safe design: its traces must be rejected
 * @param seed seeds every thread's random choices (the interleaving is the scheduler's)
 */
public record StressSettings(
    int threads, int runs, int commandsPerThread, int numVfs, DriverSync driverSync, boolean brokenDevice, long seed) {

  public StressSettings {
    if (threads < 1 || runs < 1 || commandsPerThread < 1 || numVfs < 1) {
      throw new IllegalArgumentException("threads, runs, commands and VFs must be at least 1");
    }
    if (driverSync == DriverSync.NONE) {
      throw new IllegalArgumentException("the stress driver runs the safe designs: drain or barrier");
    }
  }

  /** The design the traces claim: the safe one for {@link #driverSync}. */
  public Settings claimed() {
    return Settings.safe(numVfs, driverSync);
  }

  /** The design the machine really runs: the claimed one, or without the stale check if broken. */
  public Settings actual() {
    return brokenDevice ? new Settings(numVfs, driverSync, DeviceCheck.NONE, true) : claimed();
  }
}
