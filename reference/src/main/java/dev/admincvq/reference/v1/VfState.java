package dev.admincvq.reference.v1;

/** The spec's {@code VfStates}. */
public enum VfState {
  /** {@code "absent"}: no VF (SR-IOV disabled). */
  ABSENT("absent"),
  /** {@code "live"}: a working VF. */
  LIVE("live"),
  /** {@code "needsReset"}: the VF set {@code DEVICE_NEEDS_RESET}; as good as destroyed. */
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
