package dev.admincvq.reference.adminvq.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each kind of command-specific data the owner driver writes, encoded and decoded back with every
 * field set to a value whose bytes all differ (a field written to the wrong place, or not at all,
 * changes the command), and decoded from a buffer one byte shorter than the kind's fixed part (a
 * truncation) or one byte longer where the kind's length is fixed; the data of exactly its fixed
 * part decodes, the reserved bytes are told from the member id before them, and an error names the
 * offset, the field and the byte's value as the wire has them.
 */
class AdminCmdCodecDataTest {
  private static final ImmutableList<Byte> BYTES = ImmutableList.of((byte) 0x5A, (byte) 0xA5);

  /** One command of each kind, every field nonzero. */
  private static final List<AdminCmd> EACH_KIND =
      List.of(
          AdminCmd.of(
              Opcode.LIST_USE,
              GroupType.SRIOV,
              0,
              new CommandData.OpcodeList(
                  ImmutableList.of(0x0102030405060708L, 0x1112131415161718L))),
          AdminCmd.of(
              Opcode.LEGACY_DEV_CFG_WRITE,
              GroupType.SRIOV,
              3,
              new CommandData.ConfigWrite(0x21, BYTES)),
          AdminCmd.of(Opcode.DEV_MODE_SET, GroupType.SRIOV, 4, new CommandData.ModeSet(1)),
          AdminCmd.of(
              Opcode.DEV_PARTS_SET,
              GroupType.SRIOV,
              5,
              new CommandData.PartsSet(0x0102, 0x0A0B0C0DL, BYTES)),
          AdminCmd.of(Opcode.DEVICE_CAP_GET, GroupType.SELF, 0, new CommandData.CapId(0x0304)),
          AdminCmd.of(
              Opcode.DRIVER_CAP_SET, GroupType.SELF, 0, new CommandData.CapSet(0x0506, BYTES)),
          AdminCmd.of(
              Opcode.RESOURCE_OBJ_CREATE,
              GroupType.SELF,
              0,
              new CommandData.ObjectData(0x0708, 0x1A1B1C1DL, 0x2122232425262728L, BYTES)),
          AdminCmd.of(
              Opcode.RESOURCE_OBJ_QUERY,
              GroupType.SELF,
              0,
              new CommandData.ObjectQuery(0x090A, 0x2A2B2C2DL, 0x3132333435363738L)),
          AdminCmd.of(
              Opcode.RESOURCE_OBJ_DESTROY,
              GroupType.SELF,
              0,
              new CommandData.ObjectHeader(0x0B0C, 0x3A3B3C3DL)));

  private static CmdDecoded<AdminCmd> decode(byte[] b) {
    return AdminCmdCodec.decodeCmd(b);
  }

  /** The error decoding {@code b} gives; fails naming {@code what} if it decodes. */
  private static CmdWireError error(byte[] b, Object what) {
    CmdDecoded<AdminCmd> d = decode(b);
    if (d instanceof CmdDecoded.Err<AdminCmd> err) {
      return err.error();
    }
    throw new AssertionError(what + ": " + b.length + " bytes decoded: " + d);
  }

  @Test
  void everyKindOfDataDecodesToTheCommandEncoded() {
    for (AdminCmd cmd : EACH_KIND) {
      byte[] b = AdminCmdCodec.encode(cmd);
      assertEquals(24 + cmd.data().length(), b.length, cmd.toString());
      assertEquals(new CmdDecoded.Ok<>(cmd), decode(b), cmd.toString());
    }
  }

  @Test
  void dataCutShortOfItsFixedPartIsATruncation() {
    int[] fixed = {0, 8, 1, 8, 8, 8, 16, 16, 8};
    for (int i = 0; i < EACH_KIND.size(); i++) {
      AdminCmd cmd = EACH_KIND.get(i);
      if (fixed[i] == 0) {
        continue;
      }
      byte[] whole = AdminCmdCodec.encode(cmd);
      byte[] shorter = Arrays.copyOf(whole, 24 + fixed[i] - 1);
      CmdWireError e = error(shorter, cmd);
      assertInstanceOf(CmdWireError.Truncated.class, e, cmd + ": " + e);
    }
  }

  @Test
  void dataOfAFixedLengthWithAByteMoreIsABadLength() {
    for (AdminCmd cmd :
        List.of(EACH_KIND.get(2), EACH_KIND.get(4), EACH_KIND.get(7), EACH_KIND.get(8))) {
      byte[] whole = AdminCmdCodec.encode(cmd);
      byte[] longer = Arrays.copyOf(whole, whole.length + 1);
      CmdWireError e = error(longer, cmd);
      assertEquals(24 + cmd.data().length(), e.offset(), cmd + ": " + e);
    }
  }

  @Test
  void anOpcodeListWhoseLengthIsNoMultipleOfEightIsABadLength() {
    byte[] whole = AdminCmdCodec.encode(EACH_KIND.get(0));
    CmdWireError e = error(Arrays.copyOf(whole, whole.length - 3), "13 bytes of bitmaps");
    assertEquals(24 + 8, e.offset(), e.toString());
  }

  @Test
  void dataOfExactlyItsFixedPartDecodes() {
    ImmutableList<Byte> none = ImmutableList.of();
    for (AdminCmd cmd :
        List.of(
            AdminCmd.of(
                Opcode.LEGACY_DEV_CFG_WRITE,
                GroupType.SRIOV,
                1,
                new CommandData.ConfigWrite(0xFF, none)),
            AdminCmd.of(
                Opcode.DEV_PARTS_SET, GroupType.SRIOV, 1, new CommandData.PartsSet(1, 2, none)),
            AdminCmd.of(
                Opcode.DRIVER_CAP_SET, GroupType.SELF, 0, new CommandData.CapSet(0xFFFF, none)),
            AdminCmd.of(
                Opcode.RESOURCE_OBJ_CREATE,
                GroupType.SELF,
                0,
                new CommandData.ObjectData(1, 0xFFFF_FFFFL, 3, none)))) {
      byte[] b = AdminCmdCodec.encode(cmd);
      assertEquals(new CmdDecoded.Ok<>(cmd), decode(b), cmd.toString());
    }
  }

  /**
   * The data's reserved bytes follow the member id (offsets 16 to 23): a member id with all eight
   * bytes set is never taken for a reserved byte that is not zero.
   */
  @Test
  void aMemberIdFillingItsEightBytesIsNotTakenForAReservedByte() {
    for (AdminCmd cmd : EACH_KIND) {
      AdminCmd wide = new AdminCmd(cmd.opcode(), cmd.groupType(), 0x0102030405060708L, cmd.data());
      assertEquals(new CmdDecoded.Ok<>(wide), decode(AdminCmdCodec.encode(wide)), wide.toString());
    }
  }

  @Test
  void aReservedByteNotZeroIsReportedAtItsOffsetWithItsUnsignedValue() {
    byte[] write = AdminCmdCodec.encode(EACH_KIND.get(1));
    write[24 + 7] = (byte) 0x80;
    assertEquals(
        new CmdWireError.ReservedNotZero(31, "reserved", 0x80), error(write, "reserved[6]"));
    byte[] result = AdminCmdCodec.encode(AdminResult.of(AdminStatus.OK, StatusQualifier.Q_OK));
    result[7] = (byte) 0x80;
    assertEquals(
        new CmdDecoded.Err<AdminResult>(new CmdWireError.ReservedNotZero(7, "reserved2", 0x80)),
        AdminCmdCodec.decodeResult(result));
  }

  /** A header's reserved bytes: PARTS_SET's and an object's {@code hdr.reserved}, CAP_GET's. */
  @Test
  void aHeadersReservedByteNotZeroIsReportedAtItsOffset() {
    int[][] kindAndOffset = {{3, 27, 0}, {4, 31, 1}, {8, 26, 0}, {6, 27, 0}, {7, 26, 0}};
    for (int[] k : kindAndOffset) {
      AdminCmd cmd = EACH_KIND.get(k[0]);
      byte[] b = AdminCmdCodec.encode(cmd);
      b[k[1]] = 1;
      assertEquals(
          new CmdWireError.ReservedNotZero(k[1], k[2] == 1 ? "reserved" : "hdr.reserved", 1),
          error(b, cmd));
    }
  }

  @Test
  void anOpcodeListIsLittleEndianPerElementAndHoldsNoBitBeyondIt() {
    CommandData.OpcodeList list = new CommandData.OpcodeList(ImmutableList.of(0x0102030405060708L));
    assertEquals(
        ImmutableList.of(
            (byte) 8, (byte) 7, (byte) 6, (byte) 5, (byte) 4, (byte) 3, (byte) 2, (byte) 1),
        list.bytes());
    assertEquals(true, list.contains(3));
    assertEquals(false, list.contains(2));
    assertEquals(false, list.contains(64 + 3), "the element after the last holds no bit");
  }

  @Test
  void aTruncatedObjectCommandNamesTheFieldsItLacks() {
    byte[] destroy = AdminCmdCodec.encode(EACH_KIND.get(8));
    byte[] create = AdminCmdCodec.encode(EACH_KIND.get(6));
    assertEquals(
        new CmdWireError.Truncated(24 + 7, "hdr"),
        error(Arrays.copyOf(destroy, 24 + 7), "a header cut short"));
    assertEquals(
        new CmdWireError.Truncated(24 + 15, "hdr, flags"),
        error(Arrays.copyOf(create, 24 + 15), "flags cut short"));
  }
}
