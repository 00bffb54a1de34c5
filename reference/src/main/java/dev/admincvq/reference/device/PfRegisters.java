package dev.admincvq.reference.device;

import com.google.common.collect.ImmutableList;
import dev.admincvq.reference.CmdId;
import java.util.OptionalInt;

/**
 * The PF's registers as the management driver reaches them: the SR-IOV capability's VF Enable and
 * NumVFs (which it writes and reads back) and, under the {@code "wireGen"} proposal, each member's
 * generation. This is all of the device the management driver observes besides shared memory (the
 * spec's {@code ManagementDriverView}): no VF's device status, no provisioned MAC, no trust.
 *
 * <p>A write and the device's reaction to it are one step: the caller holds the device lock across
 * the call ({@link dev.admincvq.reference.Machine}).
 */
public interface PfRegisters {

  /** TotalVFs: the VF ids the PF can ever create are {@code 1..totalVfs()}. */
  int totalVfs();

  /** VF Enable. */
  boolean vfEnable();

  /** NumVFs (as last written; {@code TotalVFs} initially). */
  int numVfs();

  /**
   * The proposal's generation register of member {@code v} ({@code gen[v]}, read by the driver when
   * it learns of a (re)creation): present only when the device implements the {@code "wireGen"}
   * proposal.
   */
  OptionalInt memberGeneration(int v);

  /**
   * Clears VF Enable. The device reacts ({@code DriverSriovDisable}'s device half): every VF is
   * destroyed ({@code DeviceDestroysVfs(VF)}) and its pending VF-reset notifications withdrawn.
   *
   * @return the commands the VFs' own CVQs held, completed with ERR by the reset clean-up
   * @throws IllegalStateException if VF Enable is already clear
   */
  ImmutableList<CmdId> clearVfEnable();

  /**
   * Writes NumVFs {@code n}, then sets VF Enable. The device reacts ({@code DeviceCreatesVfs(n)}):
   * VFs {@code 1..n} are created afresh, each a new generation with the default provisioned MAC,
   * untrusted.
   *
   * @throws IllegalStateException if VF Enable is set
   * @throws IllegalArgumentException unless {@code 1 <= n <= TotalVFs}
   */
  void setVfEnable(int n);
}
