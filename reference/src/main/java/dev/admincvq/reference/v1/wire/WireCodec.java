package dev.admincvq.reference.v1.wire;

/**
 * Encodes and decodes {@code struct virtio_net_admin_ctrl} and {@code struct virtio_net_ctrl}
 * exactly as DOMAIN.md sections 1-2 lay them out:
 *
 * <pre>
 * offset 0   le32 virtual_device_id     (admin CVQ only; 0 = the PF, 1..NumVFs = its VFs)
 * offset 4   u8   class                 (offset 0 on a VF's own CVQ)
 * offset 5   u8   command
 * offset 6   u8   command-specific-data[dataLength]
 * last byte  u8   ack                   (written by the device)
 * </pre>
 *
 * <p>The buffer's length delimits it, as a descriptor's length does; the data is every byte
 * between the command byte and the last byte. {@code decode(encode(x)).equals(new Ok(x))} for
 * every valid {@code x}; malformed bytes give a {@link WireError} naming the offset, checked in
 * this order: truncation, {@code virtual_device_id}, class, command, data length, data value,
 * ack.
 *
 * @param numVfs {@code NumVFs} of the PF: the highest valid {@code virtual_device_id}
 */
public record WireCodec(int numVfs) {

  /** Bytes of {@code virtual_device_id}. */
  public static final int ID_LENGTH = 4;

  /** Bytes of a {@code virtio_net_ctrl} besides its data: class, command, ack. */
  public static final int CTRL_OVERHEAD = 3;

  /**
   * Checks {@code numVfs} is at least 1.
   *
   * @throws IllegalArgumentException if not
   */
  public WireCodec {
    if (numVfs < 1) {
      throw new IllegalArgumentException("NumVFs >= 1, got " + numVfs);
    }
  }

  /**
   * Encodes an admin CVQ buffer.
   *
   * @param admin the command
   * @return a fresh array of {@code 4 + 3 + dataLength} bytes
   * @throws IllegalArgumentException if its {@code virtual_device_id} is above {@code numVfs}
   */
  public byte[] encode(AdminCtrl admin) {
    if (admin.virtualDeviceId() > numVfs) {
      throw new IllegalArgumentException(
          "virtual_device_id " + admin.virtualDeviceId() + " > NumVFs " + numVfs);
    }
    byte[] b = new byte[ID_LENGTH + CTRL_OVERHEAD + admin.ctrl().command().dataLength()];
    int id = admin.virtualDeviceId();
    for (int i = 0; i < ID_LENGTH; i++) {
      b[i] = (byte) (id >>> (8 * i));
    }
    writeCtrl(admin.ctrl(), b, ID_LENGTH);
    return b;
  }

  /**
   * Encodes a VF's own CVQ buffer (no {@code virtual_device_id}).
   *
   * @param ctrl the command
   * @return a fresh array of {@code 3 + dataLength} bytes
   */
  public static byte[] encode(NetCtrl ctrl) {
    byte[] b = new byte[CTRL_OVERHEAD + ctrl.command().dataLength()];
    writeCtrl(ctrl, b, 0);
    return b;
  }

  /**
   * Decodes an admin CVQ buffer.
   *
   * @param bytes the whole buffer (not modified)
   * @return the command, or why the bytes are malformed
   */
  public Decoded<AdminCtrl> decodeAdmin(byte[] bytes) {
    if (bytes.length < ID_LENGTH) {
      return new Decoded.Err<>(new WireError.Truncated(bytes.length, "virtual_device_id"));
    }
    long id = 0;
    for (int i = ID_LENGTH - 1; i >= 0; i--) {
      id = (id << 8) | (bytes[i] & 0xFFL);
    }
    if (id > numVfs) {
      return new Decoded.Err<>(new WireError.BadDeviceId(0, id, numVfs));
    }
    int virtualDeviceId = (int) id;
    return decodeCtrl(bytes, ID_LENGTH).map(ctrl -> new AdminCtrl(virtualDeviceId, ctrl));
  }

  /**
   * Decodes a VF's own CVQ buffer.
   *
   * @param bytes the whole buffer (not modified)
   * @return the command, or why the bytes are malformed
   */
  public static Decoded<NetCtrl> decodeCtrl(byte[] bytes) {
    return decodeCtrl(bytes, 0);
  }

  private static void writeCtrl(NetCtrl ctrl, byte[] b, int at) {
    CtrlCommand command = ctrl.command();
    b[at] = (byte) command.classId();
    b[at + 1] = (byte) command.commandId();
    int data = at + 2;
    if (command instanceof CtrlCommand.SetMac m) {
      m.mac().write(b, data);
    } else if (command instanceof CtrlCommand.SetRxMode r) {
      b[data] = (byte) (r.on() ? 1 : 0);
    } else if (command instanceof CtrlCommand.SetTrust t) {
      b[data] = (byte) (t.trusted() ? 1 : 0);
    }
    b[b.length - 1] = (byte) ctrl.ack().wire();
  }

  private static Decoded<NetCtrl> decodeCtrl(byte[] b, int at) {
    int classAt = at;
    int commandAt = at + 1;
    int dataAt = at + 2;
    if (b.length <= classAt) {
      return new Decoded.Err<>(new WireError.Truncated(b.length, "class"));
    }
    if (b.length <= commandAt) {
      return new Decoded.Err<>(new WireError.Truncated(b.length, "command"));
    }
    if (b.length <= dataAt) {
      return new Decoded.Err<>(new WireError.Truncated(b.length, "ack"));
    }
    int classId = b[classAt] & 0xFF;
    int commandId = b[commandAt] & 0xFF;
    int ackAt = b.length - 1;
    int dataLength = ackAt - dataAt;
    int expected;
    switch (classId) {
      case CtrlCommand.RX_CLASS -> {
        if (RxFlag.ofCommand(commandId).isEmpty()) {
          return new Decoded.Err<>(new WireError.UnknownCommand(commandAt, classId, commandId));
        }
        expected = 1;
      }
      case CtrlCommand.MAC_CLASS -> {
        if (commandId != CtrlCommand.MAC_ADDR_SET) {
          return new Decoded.Err<>(new WireError.UnknownCommand(commandAt, classId, commandId));
        }
        expected = Mac.LENGTH;
      }
      case CtrlCommand.TRUST_CLASS -> {
        if (commandId != CtrlCommand.TRUST_SET) {
          return new Decoded.Err<>(new WireError.UnknownCommand(commandAt, classId, commandId));
        }
        expected = 1;
      }
      default -> {
        return new Decoded.Err<>(new WireError.UnknownClass(classAt, classId));
      }
    }
    if (dataLength != expected) {
      return new Decoded.Err<>(new WireError.BadLength(dataAt, expected, dataLength));
    }
    CtrlCommand command;
    if (classId == CtrlCommand.MAC_CLASS) {
      command = new CtrlCommand.SetMac(Mac.read(b, dataAt));
    } else {
      int flag = b[dataAt] & 0xFF;
      if (flag > 1) {
        return new Decoded.Err<>(new WireError.BadValue(dataAt, flag));
      }
      command =
          classId == CtrlCommand.TRUST_CLASS
              ? new CtrlCommand.SetTrust(flag == 1)
              : new CtrlCommand.SetRxMode(
                  RxFlag.ofCommand(commandId).orElse(RxFlag.PROMISC), flag == 1);
    }
    int ackByte = b[ackAt] & 0xFF;
    return Ack.ofWire(ackByte)
        .<Decoded<NetCtrl>>map(ack -> new Decoded.Ok<>(new NetCtrl(command, ack)))
        .orElseGet(() -> new Decoded.Err<>(new WireError.BadAck(ackAt, ackByte)));
  }
}
