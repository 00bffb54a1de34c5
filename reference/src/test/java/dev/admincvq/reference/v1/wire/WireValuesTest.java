package dev.admincvq.reference.v1.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** The value types of the wire format: their numbers, their checks and their messages. */
class WireValuesTest {

  @Test
  void ackBytesAreOk0Err1Unwritten255AndNothingElse() {
    assertEquals(0, Ack.OK.wire());
    assertEquals(1, Ack.ERR.wire());
    assertEquals(0xFF, Ack.UNWRITTEN.wire());
    qt().forAll(Generate.range(0, 0xFF))
        .checkAssert(
            b ->
                assertEquals(
                    b == 0 ? Optional.of(Ack.OK)
                        : b == 1 ? Optional.of(Ack.ERR)
                        : b == 0xFF ? Optional.of(Ack.UNWRITTEN)
                        : Optional.empty(),
                    Ack.ofWire(b)));
  }

  @Test
  void rxCommandsArePromisc0Allmulti1AndNothingElse() {
    assertEquals(0, RxFlag.PROMISC.command());
    assertEquals(1, RxFlag.ALLMULTI.command());
    qt().forAll(Generate.range(0, 0xFF))
        .checkAssert(
            c ->
                assertEquals(
                    c == 0 ? Optional.of(RxFlag.PROMISC)
                        : c == 1 ? Optional.of(RxFlag.ALLMULTI)
                        : Optional.empty(),
                    RxFlag.ofCommand(c)));
  }

  @Test
  void eachCommandStatesItsClassCommandDataLengthAndSpecOperation() {
    CtrlCommand mac = new CtrlCommand.SetMac(Mac.fromSpec(1));
    assertEquals(List.of(1, 1, 6, Op.SET_MAC), List.of(mac.classId(), mac.commandId(), mac.dataLength(), mac.op()));
    CtrlCommand promisc = new CtrlCommand.SetRxMode(RxFlag.PROMISC, true);
    assertEquals(
        List.of(0, 0, 1, Op.SET_RX_MODE),
        List.of(promisc.classId(), promisc.commandId(), promisc.dataLength(), promisc.op()));
    CtrlCommand allmulti = new CtrlCommand.SetRxMode(RxFlag.ALLMULTI, false);
    assertEquals(1, allmulti.commandId());
    CtrlCommand trust = new CtrlCommand.SetTrust(false);
    assertEquals(
        List.of(0x80, 0, 1, Op.SET_TRUST),
        List.of(trust.classId(), trust.commandId(), trust.dataLength(), trust.op()));
  }

  @Test
  void opsAreNamedAsInTheSpec() {
    assertEquals("setMac", Op.SET_MAC.specName());
    assertEquals("setTrust", Op.SET_TRUST.specName());
    assertEquals("setRxMode", Op.SET_RX_MODE.specName());
  }

  @Test
  void macHasExactly48Bits() {
    assertEquals(0xFFFF_FFFF_FFFFL, new Mac(0xFFFF_FFFF_FFFFL).bits());
    assertEquals(0L, new Mac(0).bits());
    assertThrows(IllegalArgumentException.class, () -> new Mac(1L << 48));
    assertThrows(IllegalArgumentException.class, () -> new Mac(-1));
    assertEquals("ff:ff:ff:ff:ff:ff", new Mac(0xFFFF_FFFF_FFFFL).toString());
    assertEquals("0a:1b:2c:3d:4e:5f", new Mac(0x0A1B_2C3D_4E5FL).toString());
  }

  @Test
  void specMacsAre0To255() {
    assertEquals(new Mac(0x02_00_00_00_00_FFL), Mac.fromSpec(255));
    assertThrows(IllegalArgumentException.class, () -> Mac.fromSpec(-1));
    assertThrows(IllegalArgumentException.class, () -> Mac.fromSpec(256));
  }

  @Test
  void macReadsAndWritesItsSixBytesAtAnOffsetMostSignificantFirst() {
    byte[] b = new byte[9];
    new Mac(0x0102_0304_0506L).write(b, 2);
    assertEquals("[0, 0, 1, 2, 3, 4, 5, 6, 0]", java.util.Arrays.toString(b));
    assertEquals(new Mac(0x0102_0304_0506L), Mac.read(b, 2));
    qt().forAll(WireCodecTest.macs(), Generate.range(0, 3))
        .checkAssert(
            (m, at) -> {
              byte[] buf = new byte[at + Mac.LENGTH];
              m.write(buf, at);
              assertEquals(m, Mac.read(buf, at));
            });
  }

  @Test
  void adminCtrlRefusesANegativeIdAndCodecRefusesZeroVfs() {
    assertThrows(
        IllegalArgumentException.class, () -> AdminCtrl.of(-1, new CtrlCommand.SetTrust(true), Ack.OK));
    assertEquals(0, AdminCtrl.of(0, new CtrlCommand.SetTrust(true), Ack.OK).virtualDeviceId());
    assertThrows(IllegalArgumentException.class, () -> new WireCodec(0));
    assertEquals(1, new WireCodec(1).numVfs());
  }

  @Test
  void encodingIdNumVfsIsAcceptedAndItsFourBytesAreLittleEndian() {
    WireCodec codec = new WireCodec(0x0102_0304);
    byte[] b = codec.encode(AdminCtrl.of(0x0102_0304, new CtrlCommand.SetTrust(false), Ack.OK));
    assertEquals("[4, 3, 2, 1, -128, 0, 0, 0]", java.util.Arrays.toString(b));
    assertEquals(
        new Decoded.Ok<>(AdminCtrl.of(0x0102_0304, new CtrlCommand.SetTrust(false), Ack.OK)),
        codec.decodeAdmin(b));
  }

  @Test
  void everyErrorMessageNamesItsOffsetAndWhatWasWrong() {
    assertEquals(
        "offset 2: buffer ends before virtual_device_id",
        new WireError.Truncated(2, "virtual_device_id").message());
    assertEquals(
        "offset 0: virtual_device_id 9 is not in 0..4", new WireError.BadDeviceId(0, 9, 4).message());
    assertEquals("offset 4: unknown class 7", new WireError.UnknownClass(4, 7).message());
    assertEquals(
        "offset 5: unknown command 3 in class 1", new WireError.UnknownCommand(5, 1, 3).message());
    assertEquals(
        "offset 6: command data has 2 bytes, expected 1", new WireError.BadLength(6, 1, 2).message());
    assertEquals("offset 6: flag byte 9 is neither 0 nor 1", new WireError.BadValue(6, 9).message());
    assertEquals(
        "offset 7: ack 8 is not OK (0), ERR (1) or unwritten (255)", new WireError.BadAck(7, 8).message());
  }

  @Test
  void mappingAnErrorKeepsTheErrorAndMappingAValueAppliesTheFunction() {
    WireError e = new WireError.BadAck(3, 4);
    assertEquals(new Decoded.Err<Integer>(e), new Decoded.Err<String>(e).map(String::length));
    assertEquals(new Decoded.Ok<>(3), new Decoded.Ok<>("abc").map(String::length));
  }

  @Test
  void flagBytesDecodeToTheirBooleanAndEveryOtherByteIsABadValue() {
    qt().forAll(Generate.range(0, 0xFF))
        .checkAssert(
            v -> {
              byte[] b = {(byte) 0x80, 0, (byte) (int) v, 0};
              Decoded<NetCtrl> d = WireCodec.decodeCtrl(b);
              if (v <= 1) {
                assertEquals(new Decoded.Ok<>(new NetCtrl(new CtrlCommand.SetTrust(v == 1), Ack.OK)), d);
              } else {
                assertEquals(new Decoded.Err<NetCtrl>(new WireError.BadValue(2, v)), d);
              }
              byte[] rx = {0, 1, (byte) (int) v, 1};
              Decoded<NetCtrl> r = WireCodec.decodeCtrl(rx);
              assertTrue(
                  v <= 1
                      ? r.equals(new Decoded.Ok<>(new NetCtrl(new CtrlCommand.SetRxMode(RxFlag.ALLMULTI, v == 1), Ack.ERR)))
                      : r.equals(new Decoded.Err<NetCtrl>(new WireError.BadValue(2, v))),
                  r::toString);
            });
  }

  @Test
  void idsUpToNumVfsDecodeAndTheNextIsABadDeviceId() {
    WireCodec codec = new WireCodec(3);
    for (int id = 0; id <= 4; id++) {
      byte[] b = {(byte) id, 0, 0, 0, (byte) 0x80, 0, 1, (byte) 0xFF};
      Decoded<AdminCtrl> d = codec.decodeAdmin(b);
      assertEquals(
          id <= 3
              ? new Decoded.Ok<>(AdminCtrl.of(id, new CtrlCommand.SetTrust(true), Ack.UNWRITTEN))
              : new Decoded.Err<AdminCtrl>(new WireError.BadDeviceId(0, id, 3)),
          d);
    }
    // each of the four id bytes counts, with its own weight (little-endian)
    WireCodec most = new WireCodec(Integer.MAX_VALUE);
    for (int i = 0; i < 4; i++) {
      byte[] b = {0, 0, 0, 0, (byte) 0x80, 0, 1, 0};
      b[i] = 0x12;
      int id = 0x12 << (8 * i);
      assertEquals(
          new Decoded.Ok<>(AdminCtrl.of(id, new CtrlCommand.SetTrust(true), Ack.OK)),
          most.decodeAdmin(b));
    }
    byte[] top = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0x80, (byte) 0x80, 0, 1, 0};
    assertEquals(
        new Decoded.Err<AdminCtrl>(new WireError.BadDeviceId(0, 0x80FF_FFFFL, Integer.MAX_VALUE)),
        most.decodeAdmin(top));
  }
}
