package dev.admincvq.reference;

import com.google.errorprone.annotations.Immutable;

/**
 * The spec's constants of one run: TotalVFs, the design (the management driver's rule set, the
 * device's check, the order of the admin CVQ) and the reading of each point the texts leave open.
 * Each actor reads only the options that govern it: the management driver {@code DriverSync},
 * {@code NumVFsFixed} and whether the wire carries the member generation; the device the rest.
 *
 * @param maxVfs {@code MaxVFs} (TotalVFs): the VF ids the PF can ever create are {@code 1..maxVfs}
 * @param driverSync {@code DriverSync}
 * @param deviceCheck {@code DeviceCheck}
 * @param inOrder {@code InOrder}: the device fetches and processes the admin CVQ in FIFO order
 * @param needsResetDestroys {@code NeedsResetDestroys}: a VF in {@code DEVICE_NEEDS_RESET} counts
 *     as destroyed, so that commands to it must fail
 * @param vfResetKeepsConfig {@code VfResetKeepsConfig}: a VF reset by its own driver keeps the
 *     configuration the PF provisioned; otherwise it re-creates the VF (new generation, defaults)
 * @param numVfsFixed {@code NumVFsFixed}: SR-IOV is always re-enabled with {@code NumVFs = MaxVFs}
 * @param resetNotice {@code ResetNotice}: whether the management driver is told of a VF reset
 */
@Immutable
public record Options(
    int maxVfs,
    DriverSync driverSync,
    DeviceCheck deviceCheck,
    boolean inOrder,
    boolean needsResetDestroys,
    boolean vfResetKeepsConfig,
    boolean numVfsFixed,
    ResetNotice resetNotice) {

  /**
   * Checks {@code MaxVFs \in Nat \ {0}} ({@code MaxVFsType}).
   *
   * @throws IllegalArgumentException if {@code maxVfs < 1}
   */
  public Options {
    if (maxVfs < 1) {
      throw new IllegalArgumentException("MaxVFs >= 1, got " + maxVfs);
    }
  }

  /**
   * The design {@code driverSync} / {@code deviceCheck} in order, under the readings the matrix's
   * {@code keeps_*} models take: NEEDS_RESET destroys, a VF reset keeps its config, NumVFs fixed,
   * notifications late.
   */
  public static Options of(int maxVfs, DriverSync driverSync, DeviceCheck deviceCheck) {
    return new Options(maxVfs, driverSync, deviceCheck, true, true, true, true, ResetNotice.LATE);
  }

  /** These options with {@code VfResetKeepsConfig} set to {@code keeps}. */
  public Options withVfResetKeepsConfig(boolean keeps) {
    return new Options(
        maxVfs,
        driverSync,
        deviceCheck,
        inOrder,
        needsResetDestroys,
        keeps,
        numVfsFixed,
        resetNotice);
  }

  /** These options with {@code InOrder} set to {@code inOrder}. */
  public Options withInOrder(boolean inOrder) {
    return new Options(
        maxVfs,
        driverSync,
        deviceCheck,
        inOrder,
        needsResetDestroys,
        vfResetKeepsConfig,
        numVfsFixed,
        resetNotice);
  }

  /** These options with {@code NeedsResetDestroys} set to {@code destroys}. */
  public Options withNeedsResetDestroys(boolean destroys) {
    return new Options(
        maxVfs,
        driverSync,
        deviceCheck,
        inOrder,
        destroys,
        vfResetKeepsConfig,
        numVfsFixed,
        resetNotice);
  }

  /** These options with {@code NumVFsFixed} set to {@code fixed}. */
  public Options withNumVfsFixed(boolean fixed) {
    return new Options(
        maxVfs,
        driverSync,
        deviceCheck,
        inOrder,
        needsResetDestroys,
        vfResetKeepsConfig,
        fixed,
        resetNotice);
  }

  /** These options with {@code ResetNotice} set to {@code notice}. */
  public Options withResetNotice(ResetNotice notice) {
    return new Options(
        maxVfs,
        driverSync,
        deviceCheck,
        inOrder,
        needsResetDestroys,
        vfResetKeepsConfig,
        numVfsFixed,
        notice);
  }

  /** Whether {@code v} is a VF id ({@code v \in VF}). */
  public boolean isVf(int v) {
    return v >= 1 && v <= maxVfs;
  }

  /** Whether {@code t} is a target ({@code t \in Target}: the PF 0 or a VF id). */
  public boolean isTarget(int t) {
    return t >= 0 && t <= maxVfs;
  }

  /** Whether requests carry the member generation ({@code DeviceCheck = "wireGen"}). */
  public boolean wireGen() {
    return deviceCheck == DeviceCheck.WIRE_GEN;
  }
}
