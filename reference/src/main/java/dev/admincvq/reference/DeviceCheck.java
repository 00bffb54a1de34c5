package dev.admincvq.reference;

/**
 * The spec's constant {@code DeviceCheck}: the check the device makes when it processes an admin
 * command to a VF ({@code DeviceFails}). How the device implements each: {@link
 * dev.admincvq.reference.device.StaleCheck}.
 */
public enum DeviceCheck {
  /** {@code "none"}: the command acts on whatever VF has the id now. */
  NONE("none"),
  /** {@code "virtio13"}: fail if VF Enable is clear or the id is above NumVFs. */
  VIRTIO13("virtio13"),
  /**
   * {@code "inFlight"}: the thread's rule; the device notes the member's generation when it fetches
   * the command and fails it if the member is gone or was re-created since.
   */
  IN_FLIGHT("inFlight"),
  /**
   * {@code "availFence"}: this project's proposal, device state only; the device records the admin
   * queue's available index when it destroys a member and fails commands made available before it.
   */
  AVAIL_FENCE("availFence"),
  /**
   * {@code "wireGen"}: this project's proposal with a wire change; the request carries the member
   * generation the driver knows ({@link
   * dev.admincvq.reference.wire.WireFormat#WITH_MEMBER_GENERATION}) and the device fails it unless
   * that is the member's generation now.
   */
  WIRE_GEN("wireGen");

  private final String specName;

  DeviceCheck(String specName) {
    this.specName = specName;
  }

  /** The spec's string. */
  public String specName() {
    return specName;
  }
}
