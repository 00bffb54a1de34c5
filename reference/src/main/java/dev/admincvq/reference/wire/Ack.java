package dev.admincvq.reference.wire;

import java.util.Optional;

/**
 * The {@code ack} byte of {@code struct virtio_net_ctrl}, written by the device.
 *
 * <p>{@code VIRTIO_NET_OK 0} and {@code VIRTIO_NET_ERR 1} are the spec's; {@link #UNWRITTEN} (0xFF)
 * is what a driver puts there before submitting (Linux sets the status to {@code ~0}), so a buffer
 * the device never completed reads as a failure. The spec's {@code Acks} are {@code "OK"}, {@code
 * "ERR"} and {@code "none"} (not written yet).
 */
public enum Ack {
  /** {@code VIRTIO_NET_OK}: the device obeyed the command. */
  OK(0, "OK"),
  /** {@code VIRTIO_NET_ERR}: the device refused the command and changed nothing. */
  ERR(1, "ERR"),
  /** Not yet written by the device (the driver's initial value). */
  UNWRITTEN(0xFF, "none");

  private final int wire;
  private final String specName;

  Ack(int wire, String specName) {
    this.wire = wire;
    this.specName = specName;
  }

  /** The byte on the wire. */
  public int wire() {
    return wire;
  }

  /** The spec's value ({@code Acks}). */
  public String specName() {
    return specName;
  }

  /** {@code Completed}: the device has written the ack. */
  public boolean written() {
    return this != UNWRITTEN;
  }

  /**
   * The ack of a wire byte.
   *
   * @param b the byte, 0..255
   * @return the ack, or empty for a value the codec does not know
   */
  public static Optional<Ack> ofWire(int b) {
    for (Ack a : values()) {
      if (a.wire == b) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
