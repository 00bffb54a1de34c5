package dev.admincvq.reference.adminvq;

/** The actions of {@code AdminVq.tla}, by the spec's names; one Java method implements each. */
public enum AvqAction {
  /** {@link OwnerDriver#driverSubmit}. */
  DRIVER_SUBMIT("DriverSubmit"),
  /** {@link OwnerDriver#driverSubmitCap}. */
  DRIVER_SUBMIT_CAP("DriverSubmitCap"),
  /** {@link OwnerDriver#driverSubmitObj}. */
  DRIVER_SUBMIT_OBJ("DriverSubmitObj"),
  /** {@link OwnerDriver#driverCollect}. */
  DRIVER_COLLECT("DriverCollect"),
  /** {@link OwnerDriver#driverSriovDisable}. */
  DRIVER_SRIOV_DISABLE("DriverSriovDisable"),
  /** {@link OwnerDriver#driverSriovEnable}. */
  DRIVER_SRIOV_ENABLE("DriverSriovEnable"),
  /** {@link OwnerDriver#driverResetDevice}. */
  DRIVER_RESET_DEVICE("DriverResetDevice"),
  /** {@link OwnerDriver#driverRecover}. */
  DRIVER_RECOVER("DriverRecover"),
  /** {@link MemberDriver#memberDriverReset}. */
  MEMBER_DRIVER_RESET("MemberDriverReset"),
  /** {@link MemberDriver#memberDriverFlr}. */
  MEMBER_DRIVER_FLR("MemberDriverFlr"),
  /** {@link AvqDevice#deviceMemberResetDone}. */
  DEVICE_MEMBER_RESET_DONE("DeviceMemberResetDone"),
  /** {@link AvqDevice#deviceTake}. */
  DEVICE_TAKE("DeviceTake"),
  /** {@link AvqDevice#deviceAnswerHeld}. */
  DEVICE_ANSWER_HELD("DeviceAnswerHeld"),
  /** {@link AvqDevice#deviceNeedsReset}. */
  DEVICE_NEEDS_RESET("DeviceNeedsReset");

  private final String specName;

  AvqAction(String specName) {
    this.specName = specName;
  }

  /** The action's name in {@code AdminVq.tla}. */
  public String specName() {
    return specName;
  }
}
