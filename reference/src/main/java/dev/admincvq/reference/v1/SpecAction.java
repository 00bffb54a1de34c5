package dev.admincvq.reference.v1;

/**
 * The actions of {@code AdminCvq}'s {@code Next}. {@link #specName()} is the spec's name exactly;
 * it names trace events and refusals.
 */
public enum SpecAction {
  /** {@code DriverSubmitAdmin(c, t, op, arg)}. */
  DRIVER_SUBMIT_ADMIN("DriverSubmitAdmin"),
  /** {@code DriverSubmitVf(c, v, arg)}. */
  DRIVER_SUBMIT_VF("DriverSubmitVf"),
  /** {@code DeviceFetch(c)}. */
  DEVICE_FETCH("DeviceFetch"),
  /** {@code DeviceProcess(c)}. */
  DEVICE_PROCESS("DeviceProcess"),
  /** {@code DeviceProcessVf(v)}. */
  DEVICE_PROCESS_VF("DeviceProcessVf"),
  /** {@code DriverCollect(c)}. */
  DRIVER_COLLECT("DriverCollect"),
  /** {@code SriovDisable}. */
  SRIOV_DISABLE("SriovDisable"),
  /** {@code SriovEnable}. */
  SRIOV_ENABLE("SriovEnable"),
  /** {@code VfNeedsReset(v)}. */
  VF_NEEDS_RESET("VfNeedsReset"),
  /** {@code DriverResetVf(v)}. */
  DRIVER_RESET_VF("DriverResetVf");

  private final String specName;

  SpecAction(String specName) {
    this.specName = specName;
  }

  /** The action's name in {@code AdminCvq.tla}. */
  public String specName() {
    return specName;
  }
}
