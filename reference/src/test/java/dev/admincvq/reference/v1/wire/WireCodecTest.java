package dev.admincvq.reference.v1.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class WireCodecTest {

  private static final int NUM_VFS = 4;
  private static final WireCodec CODEC = new WireCodec(NUM_VFS);

  static Gen<Mac> macs() {
    return Generate.longRange(0, (1L << 48) - 1).map(Mac::new);
  }

  static Gen<CtrlCommand> commands() {
    Gen<CtrlCommand> setMac = macs().map(CtrlCommand.SetMac::new);
    Gen<CtrlCommand> rx =
        Generate.enumValues(RxFlag.class).zip(Generate.booleans(), CtrlCommand.SetRxMode::new);
    Gen<CtrlCommand> trust = Generate.booleans().map(CtrlCommand.SetTrust::new);
    return Generate.oneOf(setMac, rx, trust);
  }

  static Gen<AdminCtrl> adminCtrls() {
    return Generate.range(0, NUM_VFS)
        .zip(commands(), Generate.enumValues(Ack.class), AdminCtrl::of);
  }

  private static WireError error(Decoded<?> d) {
    return assertInstanceOf(Decoded.Err.class, d).error();
  }

  private static byte[] bytes(int... b) {
    byte[] out = new byte[b.length];
    for (int i = 0; i < b.length; i++) {
      out[i] = (byte) b[i];
    }
    return out;
  }

  // ------------------------------------------------------------ round trip

  @Test
  void decodeOfEncodeIsIdentityForEveryValidAdminCommand() {
    qt().forAll(adminCtrls())
        .checkAssert(x -> assertEquals(new Decoded.Ok<>(x), CODEC.decodeAdmin(CODEC.encode(x))));
  }

  @Test
  void decodeOfEncodeIsIdentityForEveryValidVfCvqCommand() {
    qt().forAll(commands(), Generate.enumValues(Ack.class))
        .checkAssert(
            (c, a) -> {
              NetCtrl x = new NetCtrl(c, a);
              assertEquals(new Decoded.Ok<>(x), WireCodec.decodeCtrl(WireCodec.encode(x)));
            });
  }

  @Test
  void everyStrictPrefixOfAValidBufferIsATypedError() {
    qt().forAll(adminCtrls())
        .checkAssert(
            x -> {
              byte[] full = CODEC.encode(x);
              for (int n = 0; n < full.length; n++) {
                WireError e = error(CODEC.decodeAdmin(Arrays.copyOf(full, n)));
                assertTrue(e.offset() >= 0 && e.offset() <= n, e.message());
              }
            });
  }

  @Test
  void arbitraryBytesDecodeToAValueOrATypedErrorNeverAnException() {
    qt().forAll(Generate.byteArrays(Generate.range(0, 16), Generate.bytes((byte) -128, (byte) 127, (byte) 0)))
        .checkAssert(
            b -> {
              Decoded<AdminCtrl> d = CODEC.decodeAdmin(b);
              if (d instanceof Decoded.Ok<AdminCtrl> ok) {
                assertArrayEquals(b, CODEC.encode(ok.value()));
              } else {
                WireError e = error(d);
                assertTrue(e.offset() >= 0 && e.offset() <= b.length, e.message());
              }
            });
  }

  // ------------------------------------------------------------ exact layout

  @Test
  void setMacToVf3IsLaidOutAsDomainMdSays() {
    byte[] b =
        CODEC.encode(AdminCtrl.of(3, new CtrlCommand.SetMac(Mac.fromSpec(1)), Ack.UNWRITTEN));
    assertArrayEquals(bytes(3, 0, 0, 0, 1, 1, 0x02, 0, 0, 0, 0, 1, 0xFF), b);
  }

  @Test
  void trustCommandUsesTheProjectsClass0x80Command0() {
    byte[] b = WireCodec.encode(new NetCtrl(new CtrlCommand.SetTrust(true), Ack.OK));
    assertArrayEquals(bytes(0x80, 0, 1, 0), b);
  }

  @Test
  void rxAllmultiOffIsClass0Command1() {
    byte[] b = WireCodec.encode(new NetCtrl(new CtrlCommand.SetRxMode(RxFlag.ALLMULTI, false), Ack.ERR));
    assertArrayEquals(bytes(0, 1, 0, 1), b);
  }

  // ------------------------------------------------------------ malformed, each with its offset

  @Test
  void shortBufferNamesTheMissingField() {
    assertEquals(new WireError.Truncated(2, "virtual_device_id"), error(CODEC.decodeAdmin(bytes(1, 0))));
    assertEquals(new WireError.Truncated(4, "class"), error(CODEC.decodeAdmin(bytes(1, 0, 0, 0))));
    assertEquals(new WireError.Truncated(5, "command"), error(CODEC.decodeAdmin(bytes(1, 0, 0, 0, 1))));
    assertEquals(new WireError.Truncated(6, "ack"), error(CODEC.decodeAdmin(bytes(1, 0, 0, 0, 1, 1))));
  }

  @Test
  void idAboveNumVfsIsABadDeviceIdAtOffset0() {
    assertEquals(
        new WireError.BadDeviceId(0, 5, NUM_VFS),
        error(CODEC.decodeAdmin(bytes(5, 0, 0, 0, 0x80, 0, 1, 0))));
    assertEquals(
        new WireError.BadDeviceId(0, 0xFFFF_FFFFL, NUM_VFS),
        error(CODEC.decodeAdmin(bytes(0xFF, 0xFF, 0xFF, 0xFF, 0x80, 0, 1, 0))));
  }

  @Test
  void unknownClassIsNamedAtItsOffset() {
    assertEquals(new WireError.UnknownClass(4, 2), error(CODEC.decodeAdmin(bytes(1, 0, 0, 0, 2, 0, 0, 0, 0))));
    assertEquals(new WireError.UnknownClass(0, 9), error(WireCodec.decodeCtrl(bytes(9, 0, 0))));
  }

  @Test
  void unknownCommandInAKnownClassIsNamedAtItsOffset() {
    assertEquals(
        new WireError.UnknownCommand(5, 1, 0),
        error(CODEC.decodeAdmin(bytes(1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0))));
    assertEquals(new WireError.UnknownCommand(1, 0, 2), error(WireCodec.decodeCtrl(bytes(0, 2, 1, 0))));
    assertEquals(new WireError.UnknownCommand(1, 0x80, 1), error(WireCodec.decodeCtrl(bytes(0x80, 1, 1, 0))));
  }

  @Test
  void wrongDataLengthIsABadLengthAtTheDataOffset() {
    assertEquals(
        new WireError.BadLength(6, 6, 5),
        error(CODEC.decodeAdmin(bytes(1, 0, 0, 0, 1, 1, 2, 0, 0, 0, 0, 0))));
    assertEquals(new WireError.BadLength(2, 1, 2), error(WireCodec.decodeCtrl(bytes(0x80, 0, 1, 1, 0))));
  }

  @Test
  void flagByteOtherThan0Or1IsABadValue() {
    assertEquals(new WireError.BadValue(2, 2), error(WireCodec.decodeCtrl(bytes(0, 0, 2, 0))));
  }

  @Test
  void unknownAckIsABadAckAtTheLastByte() {
    assertEquals(new WireError.BadAck(7, 7), error(CODEC.decodeAdmin(bytes(1, 0, 0, 0, 0x80, 0, 1, 7))));
  }

  @Test
  void encodingAnIdAboveNumVfsIsRefused() {
    AdminCtrl x = AdminCtrl.of(NUM_VFS + 1, new CtrlCommand.SetTrust(true), Ack.OK);
    assertThrows(IllegalArgumentException.class, () -> CODEC.encode(x));
  }

  // ------------------------------------------------------------ the MAC abstraction

  @Test
  void specMacNIsLocallyAdministered02Colon00To0n() {
    assertEquals("02:00:00:00:00:01", Mac.fromSpec(1).toString());
    assertEquals(Mac.DEFAULT, Mac.fromSpec(0));
    qt().forAll(Generate.range(0, 255)).checkAssert(n -> assertEquals(n, Mac.fromSpec(n).specValue().getAsInt()));
  }

  @Test
  void macOutsideTheSpecPrefixHasNoSpecValue() {
    assertTrue(new Mac(0x0A_00_00_00_00_01L).specValue().isEmpty());
    assertTrue(new Mac(0x02_00_00_00_01_00L).specValue().isEmpty());
  }
}
