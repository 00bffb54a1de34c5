package dev.admincvq.reference;

/**
 * The spec's {@code VfStates}: the device's state of one VF function, which the VF's own driver
 * reads as its device status.
 */
public enum VfState {
  /** {@code "absent"}: no function with this id (SR-IOV disabled, or the id above NumVFs). */
  ABSENT("absent"),
  /** {@code "live"}: a working VF. */
  LIVE("live"),
  /** {@code "needsReset"}: the VF set {@code DEVICE_NEEDS_RESET}. */
  NEEDS_RESET("needsReset");

  private final String specName;

  VfState(String specName) {
    this.specName = specName;
  }

  /** The spec's string. */
  public String specName() {
    return specName;
  }
}
