package dev.admincvq.reference.v1;

/**
 * The spec's constant {@code DriverSync}: how the driver synchronises destroying VFs (SR-IOV
 * disable, VF reset) with commands it has outstanding for them.
 */
public enum DriverSync {
  /** {@code "none"}: destroys VFs whenever, and trusts every completion. */
  NONE("none"),
  /**
   * {@code "drain"}: destroys VFs only when no command to them is pending (virtio 1.3's driver
   * rule).
   */
  DRAIN("drain"),
  /**
   * {@code "barrier"}: does not wait; the destroy is a barrier and completions of commands
   * submitted before it are ignored.
   */
  BARRIER("barrier");

  private final String specName;

  DriverSync(String specName) {
    this.specName = specName;
  }

  /** The spec's string. */
  public String specName() {
    return specName;
  }
}
