package dev.admincvq.reference.adminvq.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.EnumSet;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The {@code struct virtio_admin_cmd} codec: the layout byte for byte, round trips, typed errors.
 */
class AdminCmdCodecTest {
  private static final HexFormat HEX = HexFormat.of();

  private static byte[] hex(String s) {
    return HEX.parseHex(s.replace(" ", ""));
  }

  @Test
  void aDevModeSetStopIsLaidOutLittleEndianWithTwelveReservedBytesBeforeTheMemberId() {
    AdminCmd cmd =
        AdminCmd.of(Opcode.DEV_MODE_SET, GroupType.SRIOV, 0x0102, CommandData.ModeSet.of(true));
    assertArrayEquals(
        hex("1100 0100 000000000000000000000000 0201000000000000 01"), AdminCmdCodec.encode(cmd));
  }

  @Test
  void aListUseCarriesItsOpcodesAsLe64Bitmaps() {
    AdminCmd cmd =
        AdminCmd.of(
            Opcode.LIST_USE,
            GroupType.SELF,
            0,
            CommandData.OpcodeList.of(
                EnumSet.of(Opcode.LIST_QUERY, Opcode.LIST_USE, Opcode.DEV_MODE_SET)));
    // bits 0, 1 and 17 (0x11): 0x0000000000020003
    assertArrayEquals(
        hex("0100 0000 000000000000000000000000 0000000000000000 0300020000000000"),
        AdminCmdCodec.encode(cmd));
    CommandData.OpcodeList list = (CommandData.OpcodeList) cmd.data();
    assertTrue(list.contains(0x11));
    assertFalse(list.contains(0x10));
  }

  @Test
  void aLegacyDevCfgWriteAndADevPartsSetHaveTheirHeadersBeforeTheirBytes() {
    AdminCmd write =
        AdminCmd.of(
            Opcode.LEGACY_DEV_CFG_WRITE,
            GroupType.SRIOV,
            1,
            new CommandData.ConfigWrite(4, ImmutableList.of((byte) 7)));
    assertArrayEquals(
        hex("0400 0100 000000000000000000000000 0100000000000000 04 00000000000000 07"),
        AdminCmdCodec.encode(write));
    AdminCmd parts =
        AdminCmd.of(
            Opcode.DEV_PARTS_SET,
            GroupType.SRIOV,
            1,
            new CommandData.PartsSet(2, 0x0A0B, ImmutableList.of((byte) 9)));
    assertArrayEquals(
        hex("1000 0100 000000000000000000000000 0100000000000000 0200 0000 0b0a0000 09"),
        AdminCmdCodec.encode(parts));
  }

  @Test
  void theResultIsStatusQualifierAndFourReservedBytes() {
    AdminResult r = AdminResult.of(AdminStatus.EINVAL, StatusQualifier.Q_INVALID_MEMBER);
    assertArrayEquals(hex("1600 0500 00000000"), AdminCmdCodec.encode(r));
    assertEquals(new CmdDecoded.Ok<>(r), AdminCmdCodec.decodeResult(AdminCmdCodec.encode(r)));
  }

  @Test
  void theNumbersAreAdminTexs() {
    assertEquals(0x11, Opcode.DEV_MODE_SET.code());
    assertEquals(0x10, Opcode.DEV_PARTS_SET.code());
    assertEquals(0x04, Opcode.LEGACY_DEV_CFG_WRITE.code());
    assertEquals(22, AdminStatus.EINVAL.code());
    assertEquals(11, AdminStatus.EAGAIN.code());
    assertEquals(0x07, StatusQualifier.Q_TRYAGAIN.code());
    assertEquals(0x04, StatusQualifier.Q_INVALID_GROUP.code());
    assertEquals(1, GroupType.SRIOV.code());
  }

  @Test
  void anUnknownOpcodeAndGroupTypeDecodeForTheDeviceToRefuse() {
    byte[] b = hex("3412 0200 000000000000000000000000 ffffffffffffffff aabb");
    CmdDecoded<AdminCmd> d = AdminCmdCodec.decodeCmd(b);
    AdminCmd cmd = ((CmdDecoded.Ok<AdminCmd>) d).value();
    assertEquals(0x1234, cmd.opcode());
    assertEquals(2, cmd.groupType());
    assertEquals(-1L, cmd.groupMemberId());
    assertEquals(new CommandData.Opaque(ImmutableList.of((byte) 0xaa, (byte) 0xbb)), cmd.data());
    assertArrayEquals(b, AdminCmdCodec.encode(cmd));
  }

  @Test
  void aTruncatedHeaderNamesTheBufferLengthAndTheField() {
    assertEquals(
        new CmdDecoded.Err<AdminCmd>(new CmdWireError.Truncated(20, "group_member_id")),
        AdminCmdCodec.decodeCmd(new byte[20]));
    assertEquals(
        new CmdDecoded.Err<AdminResult>(new CmdWireError.Truncated(3, "status_qualifier")),
        AdminCmdCodec.decodeResult(new byte[3]));
  }

  @Test
  void aNonZeroReservedByteIsRefusedAtItsOffset() {
    byte[] b =
        AdminCmdCodec.encode(
            AdminCmd.of(Opcode.LIST_QUERY, GroupType.SRIOV, 0, new CommandData.None()));
    b[9] = 3;
    CmdDecoded<AdminCmd> d = AdminCmdCodec.decodeCmd(b);
    assertEquals(
        new CmdDecoded.Err<AdminCmd>(new CmdWireError.ReservedNotZero(9, "reserved1", 3)), d);
    assertTrue(((CmdDecoded.Err<AdminCmd>) d).error().message().startsWith("offset 9: "));
  }

  @Test
  void aDataLengthItsStructureCannotHaveIsRefusedAtTheFirstByteLeftOver() {
    byte[] mode = hex("1100 0100 000000000000000000000000 0100000000000000 0101");
    assertEquals(
        new CmdDecoded.Err<AdminCmd>(new CmdWireError.BadLength(25, 0x11, "1", 2)),
        AdminCmdCodec.decodeCmd(mode));
    byte[] list = hex("0100 0100 000000000000000000000000 0000000000000000 030000");
    assertEquals(
        new CmdDecoded.Err<AdminCmd>(new CmdWireError.BadLength(24, 1, "a multiple of 8", 3)),
        AdminCmdCodec.decodeCmd(list));
  }

  @Test
  void aCommandWhoseDataIsNotItsOpcodesCaseCannotBeBuilt() {
    assertThrows(
        IllegalArgumentException.class,
        () -> AdminCmd.of(Opcode.DEV_MODE_SET, GroupType.SRIOV, 1, new CommandData.None()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new AdminCmd(0x10000, 1, 1, new CommandData.Opaque(ImmutableList.of())));
  }
}
