package dev.admincvq.reference;

/**
 * The invariants of {@code AdminCvqActors}'s properties section, in the spec's order: the one list
 * of the invariants Java names ({@link Invariants} evaluates each on an implementation's state).
 * The type invariant {@code TypeOK} and the temporal properties are not here: no Java code names
 * them. {@link #specName()} is the spec's name exactly. {@code SpecInvariantTest} checks that each
 * is a definition of the spec as SANY parses it, and that they are the invariants the manifest's
 * models check besides {@code TypeOK}, so a renamed or added invariant fails a test.
 */
public enum SpecInvariant {
  /** {@code NoStaleEffect}: no command changed a generation other than the one it was meant for. */
  NO_STALE_EFFECT("NoStaleEffect"),
  /** {@code FailOnGone}: a command whose target generation was gone completed with ERR. */
  FAIL_ON_GONE("FailOnGone"),
  /** {@code TrustGate}: a VF's own CVQ is obeyed only under a grant for its own generation. */
  TRUST_GATE("TrustGate"),
  /** {@code ManagementIdReserved}: id 0 is the PF's, reached on the admin CVQ only. */
  MANAGEMENT_ID_RESERVED("ManagementIdReserved"),
  /** {@code ExactlyOnceCompletion}: the device completes a command at most once. */
  EXACTLY_ONCE_COMPLETION("ExactlyOnceCompletion"),
  /** {@code InOrderPerTarget}: admin commands to one target complete in submission order. */
  IN_ORDER_PER_TARGET("InOrderPerTarget"),
  /** {@code DriverDeviceAgreement}: the driver's MAC of a settled target is the device's. */
  DRIVER_DEVICE_AGREEMENT("DriverDeviceAgreement");

  private final String specName;

  SpecInvariant(String specName) {
    this.specName = specName;
  }

  /** The definition's name in {@code AdminCvqActors.tla}. */
  public String specName() {
    return specName;
  }
}
