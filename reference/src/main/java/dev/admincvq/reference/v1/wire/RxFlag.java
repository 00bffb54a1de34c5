package dev.admincvq.reference.v1.wire;

import java.util.Optional;

/** The commands of class {@code VIRTIO_NET_CTRL_RX} (0) this project implements. */
public enum RxFlag {
  /** {@code VIRTIO_NET_CTRL_RX_PROMISC} (0). */
  PROMISC(0),
  /** {@code VIRTIO_NET_CTRL_RX_ALLMULTI} (1). */
  ALLMULTI(1);

  private final int command;

  RxFlag(int command) {
    this.command = command;
  }

  /** The command number on the wire. */
  public int command() {
    return command;
  }

  /**
   * The flag of a command number.
   *
   * @param command the u8 command of class RX
   * @return the flag, or empty for RX commands not implemented (ALLUNI 2 .. NOBCAST 5, unknown)
   */
  public static Optional<RxFlag> ofCommand(int command) {
    for (RxFlag f : values()) {
      if (f.command == command) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
