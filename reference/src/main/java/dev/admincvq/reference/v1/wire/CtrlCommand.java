package dev.admincvq.reference.v1.wire;

import com.google.errorprone.annotations.Immutable;

/**
 * The class, command and command-specific data of a {@code struct virtio_net_ctrl}: the part the
 * driver sets. Three commands are implemented:
 *
 * <table>
 *   <caption>Implemented commands</caption>
 *   <tr><th>record</th><th>class</th><th>command</th><th>data</th></tr>
 *   <tr><td>{@link SetRxMode}</td><td>{@code VIRTIO_NET_CTRL_RX} 0</td>
 *       <td>PROMISC 0, ALLMULTI 1</td><td>1 byte: 0 off, 1 on</td></tr>
 *   <tr><td>{@link SetMac}</td><td>{@code VIRTIO_NET_CTRL_MAC} 1</td>
 *       <td>{@code MAC_ADDR_SET} 1</td><td>6-byte MAC</td></tr>
 *   <tr><td>{@link SetTrust}</td><td>{@value #TRUST_CLASS}, this project's choice</td>
 *       <td>{@code SET} 0</td><td>1 byte: 0 untrusted, 1 trusted</td></tr>
 * </table>
 *
 * <p><b>The trust class is this project's choice.</b> The V2 patch introduces a trust command but
 * the archived thread names neither its class nor its number (DOMAIN.md section 2). This project
 * calls it {@code VIRTIO_NET_CTRL_ADMIN_TRUST}, class {@code 0x80}, command {@code
 * VIRTIO_NET_CTRL_ADMIN_TRUST_SET} 0, one data byte; 0x80 is far outside the real classes 0-9, so
 * it cannot be mistaken for one.
 */
@Immutable
public sealed interface CtrlCommand {

  /** {@code VIRTIO_NET_CTRL_RX}. */
  int RX_CLASS = 0;

  /** {@code VIRTIO_NET_CTRL_MAC}. */
  int MAC_CLASS = 1;

  /** {@code VIRTIO_NET_CTRL_MAC_ADDR_SET}. */
  int MAC_ADDR_SET = 1;

  /** {@code VIRTIO_NET_CTRL_ADMIN_TRUST}: this project's number, not the thread's (it has none). */
  int TRUST_CLASS = 0x80;

  /** {@code VIRTIO_NET_CTRL_ADMIN_TRUST_SET}: this project's number. */
  int TRUST_SET = 0;

  /** The u8 class on the wire. */
  int classId();

  /** The u8 command on the wire. */
  int commandId();

  /** The number of command-specific data bytes. */
  int dataLength();

  /** The spec's operation. */
  Op op();

  /**
   * Sets the target's MAC address ({@code VIRTIO_NET_CTRL_MAC_ADDR_SET}).
   *
   * @param mac the new address
   */
  @Immutable
  record SetMac(Mac mac) implements CtrlCommand {
    @Override
    public int classId() {
      return MAC_CLASS;
    }

    @Override
    public int commandId() {
      return MAC_ADDR_SET;
    }

    @Override
    public int dataLength() {
      return Mac.LENGTH;
    }

    @Override
    public Op op() {
      return Op.SET_MAC;
    }
  }

  /**
   * Turns one RX mode flag on or off ({@code VIRTIO_NET_CTRL_RX_PROMISC} or {@code _ALLMULTI}).
   *
   * @param flag which flag
   * @param on its new value
   */
  @Immutable
  record SetRxMode(RxFlag flag, boolean on) implements CtrlCommand {
    @Override
    public int classId() {
      return RX_CLASS;
    }

    @Override
    public int commandId() {
      return flag.command();
    }

    @Override
    public int dataLength() {
      return 1;
    }

    @Override
    public Op op() {
      return Op.SET_RX_MODE;
    }
  }

  /**
   * Decides whether the PF obeys the VF's own CVQ (the V2 trust command); admin CVQ only.
   *
   * @param trusted whether the VF's own CVQ is obeyed
   */
  @Immutable
  record SetTrust(boolean trusted) implements CtrlCommand {
    @Override
    public int classId() {
      return TRUST_CLASS;
    }

    @Override
    public int commandId() {
      return TRUST_SET;
    }

    @Override
    public int dataLength() {
      return 1;
    }

    @Override
    public Op op() {
      return Op.SET_TRUST;
    }
  }
}
