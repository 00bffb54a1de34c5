package dev.admincvq.reference.v1.wire;

import java.util.Optional;

/**
 * The {@code ack} byte of {@code struct virtio_net_ctrl}, written by the device.
 *
 * <p>{@code VIRTIO_NET_OK 0} and {@code VIRTIO_NET_ERR 1} are the spec's; {@link #UNWRITTEN}
 * (0xFF) is what a driver puts there before submitting (Linux sets the status to {@code ~0}), so a
 * buffer the device never completed reads as a failure.
 */
public enum Ack {
  /** {@code VIRTIO_NET_OK}: the device obeyed the command. */
  OK(0),
  /** {@code VIRTIO_NET_ERR}: the device refused the command and changed nothing. */
  ERR(1),
  /** Not yet written by the device (the driver's initial value). */
  UNWRITTEN(0xFF);

  private final int wire;

  Ack(int wire) {
    this.wire = wire;
  }

  /** The byte on the wire. */
  public int wire() {
    return wire;
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
