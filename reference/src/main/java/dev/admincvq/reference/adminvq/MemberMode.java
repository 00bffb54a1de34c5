package dev.admincvq.reference.adminvq;

/** A member's device mode ({@code Modes}): operating, or stopped by DEV_MODE_SET. */
public enum MemberMode {
  /** "active". */
  ACTIVE("active"),
  /** "stopped". */
  STOPPED("stopped");

  private final String specName;

  MemberMode(String specName) {
    this.specName = specName;
  }

  /** The spec's string. */
  public String specName() {
    return specName;
  }
}
