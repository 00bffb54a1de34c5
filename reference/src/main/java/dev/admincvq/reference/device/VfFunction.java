package dev.admincvq.reference.device;

import com.google.common.collect.ImmutableList;
import dev.admincvq.reference.CmdId;
import dev.admincvq.reference.VfState;

/**
 * One VF function as its own driver reaches it: its device status, which it reads and resets (the
 * spec's {@code VfDriverView}: {@code vfState[v]}). Nothing of the PF's registers, of other VFs, or
 * of the management driver.
 *
 * <p>A write and the device's reaction to it are one step: the caller holds the device lock across
 * the call ({@link dev.admincvq.reference.Machine}).
 */
public interface VfFunction {

  /** The VF's id. */
  int vf();

  /** Its device status as the driver reads it ({@code vfState[v]}). */
  VfState deviceStatus();

  /**
   * Resets the VF (device status 0, or a function-level reset). The device reacts ({@code
   * DeviceResetsVf(v)}): the VF works again; if it keeps its configuration only its own CVQ is
   * flushed, else it is re-created (new generation, defaults) and, if the device notifies, the
   * management driver is told of the new generation.
   *
   * @return the commands its own CVQ held, completed with ERR by the reset clean-up
   * @throws IllegalStateException if there is no VF function with this id
   */
  ImmutableList<CmdId> reset();
}
