package dev.admincvq.reference.adminvq;

/** A reset or FLR in progress on a member, or none ({@code Resets}). */
public enum MemberReset {
  /** "none". */
  NONE("none"),
  /** "reset": its driver wrote device status 0. */
  RESET("reset"),
  /** "flr": a PCIe function-level reset. */
  FLR("flr");

  private final String specName;

  MemberReset(String specName) {
    this.specName = specName;
  }

  /** The spec's string. */
  public String specName() {
    return specName;
  }
}
