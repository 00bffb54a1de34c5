package dev.admincvq.reference.adminvq.wire;

import com.google.common.collect.ImmutableList;

/**
 * Encodes and decodes the two parts of {@code struct virtio_admin_cmd} as admin.tex (v1.4-cs01)
 * declares it, every multi-byte field little-endian:
 *
 * <pre>
 * struct virtio_admin_cmd {
 *         // Device-readable part
 *         le16 opcode;                       // offset 0
 *         le16 group_type;                   // offset 2: 0 - Self, 1 - SR-IOV, 2-65535 reserved
 *         u8 reserved1[12];                  // offset 4
 *         le64 group_member_id;              // offset 16
 *         le64 command_specific_data[];      // offset 24
 *
 *         // Device-writable part
 *         le16 status;                       // offset 0 of the writable part
 *         le16 status_qualifier;             // offset 2
 *         u8 reserved2[4];                   // offset 4
 *         u8 command_specific_result[];      // offset 8
 * };
 * </pre>
 *
 * <p>The two parts are separate buffers (the driver's readable and writable descriptors), each
 * delimited by its length. {@code command_specific_data} is declared {@code le64[]} but its
 * commands' structures fix its length ({@code u8 flags} for DEV_MODE_SET), so no multiple of 8 is
 * required of it except where its structure is itself {@code le64[]} (LIST_USE).
 *
 * <p>{@code decode(encode(x))} is {@code Ok(x)} for every {@code x}, and {@code encode} of a
 * decoded value gives the decoded bytes back: reserved bytes must be zero ("reserved for future
 * extensions"; the driver writes them as zero). Decoding reads no byte outside the buffer and never
 * throws for malformed bytes: it returns a {@link CmdWireError} naming the offset, checked in this
 * order: truncation of the header, {@code reserved1}, the data's structure. An unknown opcode or
 * group type is no decoding error: the device answers it with {@link AdminStatus#EINVAL}.
 */
public final class AdminCmdCodec {
  private AdminCmdCodec() {}

  /** Bytes of the device-readable header: opcode, group_type, reserved1, group_member_id. */
  public static final int CMD_HEADER = 24;

  /** Bytes of the device-writable header: status, status_qualifier, reserved2. */
  public static final int RESULT_HEADER = 8;

  private static final int GROUP_TYPE = 2;
  private static final int RESERVED1 = 4;
  private static final int MEMBER = 16;

  /**
   * Encodes the device-readable part.
   *
   * @param cmd the command
   * @return a fresh array of {@code 24 + data length} bytes
   */
  public static byte[] encode(AdminCmd cmd) {
    byte[] b = new byte[CMD_HEADER + cmd.data().length()];
    writeLe(b, 0, 2, cmd.opcode());
    writeLe(b, GROUP_TYPE, 2, cmd.groupType());
    writeLe(b, MEMBER, 8, cmd.groupMemberId());
    int at = CMD_HEADER;
    CommandData data = cmd.data();
    if (data instanceof CommandData.OpcodeList l) {
      for (long x : l.bitmaps()) {
        writeLe(b, at, 8, x);
        at += 8;
      }
    } else if (data instanceof CommandData.ConfigWrite w) {
      b[at] = (byte) w.offset();
      copy(w.data(), b, at + CommandData.ConfigWrite.HEADER);
    } else if (data instanceof CommandData.ModeSet m) {
      b[at] = (byte) m.flags();
    } else if (data instanceof CommandData.PartsSet p) {
      writeLe(b, at, 2, p.objectType());
      writeLe(b, at + 4, 4, p.objectId());
      copy(p.parts(), b, at + CommandData.PartsSet.HEADER);
    } else if (data instanceof CommandData.CapId i) {
      writeLe(b, at, 2, i.id());
    } else if (data instanceof CommandData.CapSet c) {
      writeLe(b, at, 2, c.id());
      copy(c.capData(), b, at + CommandData.CapSet.HEADER);
    } else if (data instanceof CommandData.ObjectData o) {
      writeHeader(b, at, o.objectType(), o.objectId());
      writeLe(b, at + 8, 8, o.flags());
      copy(o.specific(), b, at + CommandData.ObjectData.HEADER);
    } else if (data instanceof CommandData.ObjectQuery o) {
      writeHeader(b, at, o.objectType(), o.objectId());
      writeLe(b, at + 8, 8, o.flags());
    } else if (data instanceof CommandData.ObjectHeader o) {
      writeHeader(b, at, o.objectType(), o.objectId());
    } else if (data instanceof CommandData.Opaque o) {
      copy(o.bytes(), b, at);
    }
    return b;
  }

  /**
   * Encodes the device-writable part.
   *
   * @param result what the device writes
   * @return a fresh array of {@code 8 + result length} bytes
   */
  public static byte[] encode(AdminResult result) {
    byte[] b = new byte[RESULT_HEADER + result.commandSpecificResult().size()];
    writeLe(b, 0, 2, result.status());
    writeLe(b, 2, 2, result.statusQualifier());
    copy(result.commandSpecificResult(), b, RESULT_HEADER);
    return b;
  }

  /**
   * Decodes the device-readable part.
   *
   * @param bytes the whole part (not modified)
   * @return the command, or why the bytes are malformed
   */
  public static CmdDecoded<AdminCmd> decodeCmd(byte[] bytes) {
    String[] fields = {"opcode", "group_type", "reserved1", "group_member_id"};
    int[] ends = {2, 4, 16, 24};
    for (int i = 0; i < ends.length; i++) {
      if (bytes.length < ends[i]) {
        return new CmdDecoded.Err<>(new CmdWireError.Truncated(bytes.length, fields[i]));
      }
    }
    int opcode = (int) readLe(bytes, 0, 2);
    int groupType = (int) readLe(bytes, GROUP_TYPE, 2);
    int nonZero = firstNonZero(bytes, RESERVED1, MEMBER);
    if (nonZero >= 0) {
      return new CmdDecoded.Err<>(
          new CmdWireError.ReservedNotZero(nonZero, "reserved1", bytes[nonZero] & 0xFF));
    }
    long member = readLe(bytes, MEMBER, 8);
    CmdDecoded<CommandData> data = decodeData(opcode, bytes);
    if (data instanceof CmdDecoded.Err<CommandData> err) {
      return new CmdDecoded.Err<>(err.error());
    }
    return new CmdDecoded.Ok<>(
        new AdminCmd(opcode, groupType, member, ((CmdDecoded.Ok<CommandData>) data).value()));
  }

  /**
   * Decodes the device-writable part.
   *
   * @param bytes the whole part (not modified)
   * @return the result, or why the bytes are malformed
   */
  public static CmdDecoded<AdminResult> decodeResult(byte[] bytes) {
    String[] fields = {"status", "status_qualifier", "reserved2"};
    int[] ends = {2, 4, 8};
    for (int i = 0; i < ends.length; i++) {
      if (bytes.length < ends[i]) {
        return new CmdDecoded.Err<>(new CmdWireError.Truncated(bytes.length, fields[i]));
      }
    }
    int nonZero = firstNonZero(bytes, 4, RESULT_HEADER);
    if (nonZero >= 0) {
      return new CmdDecoded.Err<>(
          new CmdWireError.ReservedNotZero(nonZero, "reserved2", bytes[nonZero] & 0xFF));
    }
    return new CmdDecoded.Ok<>(
        new AdminResult(
            (int) readLe(bytes, 0, 2),
            (int) readLe(bytes, 2, 2),
            slice(bytes, RESULT_HEADER, bytes.length)));
  }

  /** {@code command_specific_data} from offset 24 to the end, as the opcode's structure. */
  private static CmdDecoded<CommandData> decodeData(int opcode, byte[] b) {
    int at = CMD_HEADER;
    int n = b.length - at;
    Class<? extends CommandData> kind = CommandData.kindFor(opcode);
    if (kind == CommandData.None.class) {
      return n == 0 ? new CmdDecoded.Ok<>(new CommandData.None()) : badLength(at, opcode, "0", n);
    }
    if (kind == CommandData.OpcodeList.class) {
      if (n % Long.BYTES != 0) {
        return badLength(at + n - n % Long.BYTES, opcode, "a multiple of 8", n);
      }
      ImmutableList.Builder<Long> bitmaps = ImmutableList.builder();
      for (int i = at; i < b.length; i += Long.BYTES) {
        bitmaps.add(readLe(b, i, 8));
      }
      return new CmdDecoded.Ok<>(new CommandData.OpcodeList(bitmaps.build()));
    }
    if (kind == CommandData.ConfigWrite.class) {
      if (n < CommandData.ConfigWrite.HEADER) {
        return new CmdDecoded.Err<>(new CmdWireError.Truncated(b.length, "offset, reserved[7]"));
      }
      int nonZero = firstNonZero(b, at + 1, at + CommandData.ConfigWrite.HEADER);
      if (nonZero >= 0) {
        return new CmdDecoded.Err<>(
            new CmdWireError.ReservedNotZero(nonZero, "reserved", b[nonZero] & 0xFF));
      }
      return new CmdDecoded.Ok<>(
          new CommandData.ConfigWrite(
              b[at] & 0xFF, slice(b, at + CommandData.ConfigWrite.HEADER, b.length)));
    }
    if (kind == CommandData.ModeSet.class) {
      if (n == 0) {
        return new CmdDecoded.Err<>(new CmdWireError.Truncated(b.length, "flags"));
      }
      return n == 1
          ? new CmdDecoded.Ok<>(new CommandData.ModeSet(b[at] & 0xFF))
          : badLength(at + 1, opcode, "1", n);
    }
    if (kind == CommandData.PartsSet.class) {
      if (n < CommandData.PartsSet.HEADER) {
        return new CmdDecoded.Err<>(new CmdWireError.Truncated(b.length, "hdr"));
      }
      int nonZero = firstNonZero(b, at + 2, at + 4);
      if (nonZero >= 0) {
        return new CmdDecoded.Err<>(
            new CmdWireError.ReservedNotZero(nonZero, "hdr.reserved", b[nonZero] & 0xFF));
      }
      return new CmdDecoded.Ok<>(
          new CommandData.PartsSet(
              (int) readLe(b, at, 2),
              readLe(b, at + 4, 4),
              slice(b, at + CommandData.PartsSet.HEADER, b.length)));
    }
    if (kind == CommandData.CapId.class || kind == CommandData.CapSet.class) {
      if (n < CommandData.CapId.SIZE) {
        return new CmdDecoded.Err<>(new CmdWireError.Truncated(b.length, "id, reserved[6]"));
      }
      int nonZero = firstNonZero(b, at + 2, at + CommandData.CapId.SIZE);
      if (nonZero >= 0) {
        return new CmdDecoded.Err<>(
            new CmdWireError.ReservedNotZero(nonZero, "reserved", b[nonZero] & 0xFF));
      }
      int id = (int) readLe(b, at, 2);
      if (kind == CommandData.CapId.class) {
        return n == CommandData.CapId.SIZE
            ? new CmdDecoded.Ok<>(new CommandData.CapId(id))
            : badLength(at + CommandData.CapId.SIZE, opcode, "8", n);
      }
      return new CmdDecoded.Ok<>(
          new CommandData.CapSet(id, slice(b, at + CommandData.CapSet.HEADER, b.length)));
    }
    if (kind == CommandData.ObjectData.class
        || kind == CommandData.ObjectQuery.class
        || kind == CommandData.ObjectHeader.class) {
      int header =
          kind == CommandData.ObjectHeader.class
              ? CommandData.ObjectHeader.SIZE
              : CommandData.ObjectData.HEADER;
      if (n < header) {
        return new CmdDecoded.Err<>(
            new CmdWireError.Truncated(b.length, header == 8 ? "hdr" : "hdr, flags"));
      }
      int nonZero = firstNonZero(b, at + 2, at + 4);
      if (nonZero >= 0) {
        return new CmdDecoded.Err<>(
            new CmdWireError.ReservedNotZero(nonZero, "hdr.reserved", b[nonZero] & 0xFF));
      }
      int type = (int) readLe(b, at, 2);
      long id = readLe(b, at + 4, 4);
      if (kind == CommandData.ObjectHeader.class) {
        return n == header
            ? new CmdDecoded.Ok<>(new CommandData.ObjectHeader(type, id))
            : badLength(at + header, opcode, "8", n);
      }
      long flags = readLe(b, at + 8, 8);
      if (kind == CommandData.ObjectQuery.class) {
        return n == header
            ? new CmdDecoded.Ok<>(new CommandData.ObjectQuery(type, id, flags))
            : badLength(at + header, opcode, "16", n);
      }
      return new CmdDecoded.Ok<>(
          new CommandData.ObjectData(type, id, flags, slice(b, at + header, b.length)));
    }
    return new CmdDecoded.Ok<>(new CommandData.Opaque(slice(b, at, b.length)));
  }

  /** Writes {@code struct virtio_admin_cmd_resource_obj_cmd_hdr} at {@code at}. */
  private static void writeHeader(byte[] b, int at, int type, long id) {
    writeLe(b, at, 2, type);
    writeLe(b, at + 4, 4, id);
  }

  private static CmdDecoded<CommandData> badLength(
      int offset, int opcode, String expected, int actual) {
    return new CmdDecoded.Err<>(new CmdWireError.BadLength(offset, opcode, expected, actual));
  }

  /** The index of the first non-zero byte in {@code [from, to)}, or -1. */
  private static int firstNonZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return i;
      }
    }
    return -1;
  }

  private static ImmutableList<Byte> slice(byte[] b, int from, int to) {
    ImmutableList.Builder<Byte> out = ImmutableList.builderWithExpectedSize(to - from);
    for (int i = from; i < to; i++) {
      out.add(b[i]);
    }
    return out.build();
  }

  private static void copy(ImmutableList<Byte> from, byte[] to, int at) {
    for (int i = 0; i < from.size(); i++) {
      to[at + i] = from.get(i);
    }
  }

  private static void writeLe(byte[] b, int at, int bytes, long value) {
    for (int i = 0; i < bytes; i++) {
      b[at + i] = (byte) (value >>> (8 * i));
    }
  }

  private static long readLe(byte[] b, int at, int bytes) {
    long v = 0;
    for (int i = 0; i < bytes; i++) {
      v |= (b[at + i] & 0xFFL) << (8 * i);
    }
    return v;
  }
}
