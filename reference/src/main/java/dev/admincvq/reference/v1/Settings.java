package dev.admincvq.reference.v1;

import com.google.errorprone.annotations.Immutable;

/**
 * The spec's constants that choose a design: the PF's {@code NumVFs} and the three design options.
 *
 * @param numVfs {@code NumVFs}: VFs {@code 1..numVfs} exist while VF Enable is set
 * @param driverSync {@code DriverSync}
 * @param deviceCheck {@code DeviceCheck}
 * @param inOrder {@code InOrder}: the device fetches and processes the admin CVQ in FIFO order
 */
@Immutable
public record Settings(int numVfs, DriverSync driverSync, DeviceCheck deviceCheck, boolean inOrder) {

  /**
   * Checks {@code NumVFs \in Nat \ {0}} ({@code NumVFsType}).
   *
   * @throws IllegalArgumentException if {@code numVfs < 1}
   */
  public Settings {
    if (numVfs < 1) {
      throw new IllegalArgumentException("NumVFs >= 1, got " + numVfs);
    }
  }

  /** One of the two designs the model checker found safe, with {@code numVfs} VFs. */
  public static Settings safe(int numVfs, DriverSync driverSync) {
    if (driverSync == DriverSync.NONE) {
      throw new IllegalArgumentException("no safe design without driver synchronisation");
    }
    return new Settings(numVfs, driverSync, DeviceCheck.INCARNATION, true);
  }

  /** Whether {@code t} is a VF id ({@code t \in VF}). */
  public boolean isVf(int t) {
    return t >= 1 && t <= numVfs;
  }

  /** Whether {@code t} is a target ({@code t \in Target}: the PF 0 or a VF). */
  public boolean isTarget(int t) {
    return t >= 0 && t <= numVfs;
  }
}
