package dev.admincvq.reference;

/**
 * The actions of {@code AdminCvqActors}'s {@code Next}, grouped by the actor that takes them.
 * {@link #specName()} is the spec's name exactly; it names trace events and refusals, and the Java
 * method implementing the action is {@link #methodName()}.
 */
public enum SpecAction {
  /** {@code DriverSubmitAdmin(c, t, op, arg)}: management driver. */
  DRIVER_SUBMIT_ADMIN("DriverSubmitAdmin"),
  /** {@code DriverCollect}: management driver. */
  DRIVER_COLLECT("DriverCollect"),
  /** {@code DriverSriovDisable}: management driver. */
  DRIVER_SRIOV_DISABLE("DriverSriovDisable"),
  /** {@code DriverSriovEnable(n)}: management driver. */
  DRIVER_SRIOV_ENABLE("DriverSriovEnable"),
  /** {@code DriverLearnVfReset(v, g)}: management driver. */
  DRIVER_LEARN_VF_RESET("DriverLearnVfReset"),
  /** {@code VfDriverSubmit(c, v, arg)}: the VF's own driver. */
  VF_DRIVER_SUBMIT("VfDriverSubmit"),
  /** {@code VfDriverReset(v)}: the VF's own driver. */
  VF_DRIVER_RESET("VfDriverReset"),
  /** {@code DeviceFetch(c)}: device. */
  DEVICE_FETCH("DeviceFetch"),
  /** {@code DeviceProcess(c)}: device. */
  DEVICE_PROCESS("DeviceProcess"),
  /** {@code DeviceProcessVf(v)}: device. */
  DEVICE_PROCESS_VF("DeviceProcessVf"),
  /** {@code DeviceVfNeedsReset(v)}: device. */
  DEVICE_VF_NEEDS_RESET("DeviceVfNeedsReset");

  private final String specName;

  SpecAction(String specName) {
    this.specName = specName;
  }

  /** The action's name in {@code AdminCvqActors.tla}. */
  public String specName() {
    return specName;
  }

  /** The name of the Java method implementing it: the spec name in lower camel case. */
  public String methodName() {
    return Character.toLowerCase(specName.charAt(0)) + specName.substring(1);
  }
}
