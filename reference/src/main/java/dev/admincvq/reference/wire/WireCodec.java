package dev.admincvq.reference.wire;

import java.util.OptionalInt;

/**
 * Encodes and decodes {@code struct virtio_net_admin_ctrl} and {@code struct virtio_net_ctrl}, in
 * the thread's layout (DOMAIN.md sections 1-2) or with the proposal's generation field ({@link
 * WireFormat}):
 *
 * <pre>
 * offset 0   le32 virtual_device_id     (admin CVQ only; 0 = the PF, 1..TotalVFs = its VFs)
 * offset 4   le32 member_generation     (admin CVQ, WITH_MEMBER_GENERATION only)
 * offset h   u8   class                 (h = 4 or 8; 0 on a VF's own CVQ)
 * offset h+1 u8   command
 * offset h+2 u8   command-specific-data[dataLength]
 * last byte  u8   ack                   (written by the device)
 * </pre>
 *
 * <p>The buffer's length delimits it, as a descriptor's length does; the data is every byte between
 * the command byte and the last byte. {@code decode(encode(x)).equals(new Ok(x))} for every valid
 * {@code x}; decoding reads no byte outside the buffer and never throws for malformed bytes: it
 * returns a {@link WireError} naming the offset, checked in this order: truncation, {@code
 * virtual_device_id}, {@code member_generation}, class, command, data length, data value, ack.
 *
 * @param maxVfs TotalVFs of the PF: the highest valid {@code virtual_device_id}
 * @param format the layout of admin CVQ buffers
 */
public record WireCodec(int maxVfs, WireFormat format) {

  /** Bytes of {@code virtual_device_id}, and of {@code member_generation}. */
  public static final int LE32 = 4;

  /** Bytes of a {@code virtio_net_ctrl} besides its data: class, command, ack. */
  public static final int CTRL_OVERHEAD = 3;

  /**
   * Checks {@code maxVfs} is at least 1.
   *
   * @throws IllegalArgumentException if not
   */
  public WireCodec {
    if (maxVfs < 1) {
      throw new IllegalArgumentException("TotalVFs >= 1, got " + maxVfs);
    }
  }

  /**
   * Encodes an admin CVQ buffer.
   *
   * @param admin the command; it carries a generation iff the format has the field
   * @return a fresh array of {@code headerLength + 3 + dataLength} bytes
   * @throws IllegalArgumentException if its {@code virtual_device_id} is above {@code maxVfs}, or
   *     it has a generation and the format none, or the other way round
   */
  public byte[] encode(AdminCtrl admin) {
    int id = admin.virtualDeviceId();
    if (id > maxVfs) {
      throw new IllegalArgumentException("virtual_device_id " + id + " > TotalVFs " + maxVfs);
    }
    boolean hasField = format == WireFormat.WITH_MEMBER_GENERATION;
    if (admin.memberGeneration().isPresent() != hasField) {
      throw new IllegalArgumentException(
          (hasField
                  ? "the format needs member_generation: "
                  : "the format has no member_generation: ")
              + admin);
    }
    int header = format.headerLength();
    byte[] b = new byte[header + CTRL_OVERHEAD + admin.command().dataLength()];
    writeLe32(b, 0, id);
    if (hasField) {
      writeLe32(b, LE32, admin.memberGeneration().getAsInt());
    }
    writeCtrl(admin.ctrl(), b, header);
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
    if (bytes.length < LE32) {
      return new Decoded.Err<>(new WireError.Truncated(bytes.length, "virtual_device_id"));
    }
    long id = readLe32(bytes, 0);
    if (id > maxVfs) {
      return new Decoded.Err<>(new WireError.BadDeviceId(0, id, maxVfs));
    }
    int virtualDeviceId = (int) id;
    if (format == WireFormat.THREAD) {
      return decodeCtrl(bytes, LE32)
          .map(ctrl -> new AdminCtrl(virtualDeviceId, OptionalInt.empty(), ctrl));
    }
    if (bytes.length < 2 * LE32) {
      return new Decoded.Err<>(new WireError.Truncated(bytes.length, "member_generation"));
    }
    long generation = readLe32(bytes, LE32);
    if (generation > Integer.MAX_VALUE || (virtualDeviceId == 0 && generation != 0)) {
      return new Decoded.Err<>(new WireError.BadGeneration(LE32, virtualDeviceId, generation));
    }
    OptionalInt g = OptionalInt.of((int) generation);
    return decodeCtrl(bytes, 2 * LE32).map(ctrl -> new AdminCtrl(virtualDeviceId, g, ctrl));
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

  /**
   * The ack byte of a buffer: its last byte.
   *
   * @param bytes a buffer of either queue
   * @return the ack, or why there is none (empty buffer, unknown value)
   */
  public static Decoded<Ack> readAck(byte[] bytes) {
    if (bytes.length == 0) {
      return new Decoded.Err<>(new WireError.Truncated(0, "ack"));
    }
    int at = bytes.length - 1;
    int value = bytes[at] & 0xFF;
    return Ack.ofWire(value)
        .<Decoded<Ack>>map(Decoded.Ok::new)
        .orElseGet(() -> new Decoded.Err<>(new WireError.BadAck(at, value)));
  }

  /**
   * The device writes the ack: the last byte of the buffer.
   *
   * @param bytes a buffer of either queue, at least one byte long
   * @param ack the ack to write
   */
  public static void writeAck(byte[] bytes, Ack ack) {
    if (bytes.length == 0) {
      throw new IllegalArgumentException("an empty buffer has no ack byte");
    }
    bytes[bytes.length - 1] = (byte) ack.wire();
  }

  private static void writeLe32(byte[] b, int at, int value) {
    for (int i = 0; i < LE32; i++) {
      b[at + i] = (byte) (value >>> (8 * i));
    }
  }

  private static long readLe32(byte[] b, int at) {
    long v = 0;
    for (int i = LE32 - 1; i >= 0; i--) {
      v = (v << 8) | (b[at + i] & 0xFFL);
    }
    return v;
  }

  private static void writeCtrl(NetCtrl ctrl, byte[] b, int at) {
    Command command = ctrl.command();
    b[at] = (byte) command.classId();
    b[at + 1] = (byte) command.commandId();
    int data = at + 2;
    if (command instanceof Command.SetMac m) {
      m.mac().write(b, data);
    } else if (command instanceof Command.SetTrust t) {
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
      case Command.MAC_CLASS -> {
        if (commandId != Command.MAC_ADDR_SET) {
          return new Decoded.Err<>(new WireError.UnknownCommand(commandAt, classId, commandId));
        }
        expected = Mac.LENGTH;
      }
      case Command.TRUST_CLASS -> {
        if (commandId != Command.TRUST_SET) {
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
    Command command;
    if (classId == Command.MAC_CLASS) {
      command = new Command.SetMac(Mac.read(b, dataAt));
    } else {
      int flag = b[dataAt] & 0xFF;
      if (flag > 1) {
        return new Decoded.Err<>(new WireError.BadValue(dataAt, flag));
      }
      command = new Command.SetTrust(flag == 1);
    }
    int ackByte = b[ackAt] & 0xFF;
    return Ack.ofWire(ackByte)
        .<Decoded<NetCtrl>>map(ack -> new Decoded.Ok<>(new NetCtrl(command, ack)))
        .orElseGet(() -> new Decoded.Err<>(new WireError.BadAck(ackAt, ackByte)));
  }
}
