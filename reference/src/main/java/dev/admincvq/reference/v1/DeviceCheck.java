package dev.admincvq.reference.v1;

/**
 * The spec's constant {@code DeviceCheck}: what the device checks when it processes an admin
 * command to a VF.
 */
public enum DeviceCheck {
  /** {@code "none"}: nothing; the command acts on whatever VF has the id now. */
  NONE("none"),
  /** {@code "vfEnable"}: virtio 1.3: fail if VF Enable is clear at processing time. */
  VF_ENABLE("vfEnable"),
  /** {@code "incarnation"}: fail if the incarnation the command was submitted for is gone. */
  INCARNATION("incarnation");

  private final String specName;

  DeviceCheck(String specName) {
    this.specName = specName;
  }

  /** The spec's string. */
  public String specName() {
    return specName;
  }
}
