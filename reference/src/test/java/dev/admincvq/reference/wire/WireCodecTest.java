package dev.admincvq.reference.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.Arrays;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The codec of both layouts: the thread's, and the proposal's with {@code member_generation}. */
class WireCodecTest {

  private static final int MAX_VFS = 4;
  private static final WireCodec THREAD = new WireCodec(MAX_VFS, WireFormat.THREAD);
  private static final WireCodec WITH_GEN =
      new WireCodec(MAX_VFS, WireFormat.WITH_MEMBER_GENERATION);

  static Gen<Command> commands() {
    Gen<Command> setMac =
        Generate.longRange(0, (1L << 48) - 1).map(b -> new Command.SetMac(new Mac(b)));
    Gen<Command> trust = Generate.booleans().map(Command.SetTrust::new);
    return Generate.oneOf(setMac, trust);
  }

  static Gen<AdminCtrl> threadRequests() {
    return Generate.range(0, MAX_VFS)
        .zip(
            commands(),
            Generate.enumValues(Ack.class),
            (t, c, a) -> new AdminCtrl(t, OptionalInt.empty(), new NetCtrl(c, a)));
  }

  static Gen<AdminCtrl> generationRequests() {
    return Generate.range(0, MAX_VFS)
        .zip(
            Generate.range(1, Integer.MAX_VALUE),
            commands(),
            (t, g, c) ->
                new AdminCtrl(t, OptionalInt.of(t == 0 ? 0 : g), new NetCtrl(c, Ack.UNWRITTEN)));
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
  void decodeOfEncodeIsIdentityInTheThreadsLayout() {
    qt().forAll(threadRequests())
        .checkAssert(x -> assertEquals(new Decoded.Ok<>(x), THREAD.decodeAdmin(THREAD.encode(x))));
  }

  @Test
  void decodeOfEncodeIsIdentityWithTheMemberGeneration() {
    qt().forAll(generationRequests())
        .checkAssert(
            x -> assertEquals(new Decoded.Ok<>(x), WITH_GEN.decodeAdmin(WITH_GEN.encode(x))));
  }

  @Test
  void decodeOfEncodeIsIdentityOnAVfsOwnCvq() {
    qt().forAll(commands(), Generate.enumValues(Ack.class))
        .checkAssert(
            (c, a) ->
                assertEquals(
                    new Decoded.Ok<>(new NetCtrl(c, a)),
                    WireCodec.decodeCtrl(WireCodec.encode(new NetCtrl(c, a)))));
  }

  @Test
  void everyStrictPrefixOfAValidBufferIsATypedErrorInsideIt() {
    qt().forAll(generationRequests())
        .checkAssert(
            x -> {
              byte[] full = WITH_GEN.encode(x);
              for (int n = 0; n < full.length; n++) {
                WireError e = error(WITH_GEN.decodeAdmin(Arrays.copyOf(full, n)));
                assertTrue(e.offset() >= 0 && e.offset() <= n, e.message());
              }
            });
  }

  @Test
  void anyBytesDecodeToARequestThatReencodesToThemOrToAnErrorInsideTheBuffer() {
    Gen<byte[]> buffers =
        Generate.byteArrays(Generate.range(0, 20), Generate.bytes((byte) 0, (byte) 3, (byte) 0))
            .mix(
                Generate.byteArrays(
                    Generate.range(0, 20),
                    Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0)));
    qt().forAll(buffers)
        .checkAssert(
            b -> {
              for (WireCodec codec : new WireCodec[] {THREAD, WITH_GEN}) {
                Decoded<AdminCtrl> d = codec.decodeAdmin(b.clone());
                if (d instanceof Decoded.Ok<AdminCtrl> ok) {
                  assertArrayEquals(b, codec.encode(ok.value()));
                } else {
                  WireError e = error(d);
                  assertTrue(e.offset() >= 0 && e.offset() <= b.length, e.message());
                  assertTrue(e.message().startsWith("offset " + e.offset() + ":"), e.message());
                }
              }
            });
  }

  // ------------------------------------------------------------ the proposal's field

  @Test
  void theGenerationFollowsTheIdAsLittleEndian32Bits() {
    byte[] b = WITH_GEN.encode(AdminCtrl.request(2, 0x01020304, new Command.SetTrust(true)));
    assertArrayEquals(bytes(2, 0, 0, 0, 4, 3, 2, 1, 0x80, 0, 1, 0xFF), b);
  }

  @Test
  void theThreadsLayoutHasNoGenerationField() {
    byte[] b = THREAD.encode(AdminCtrl.request(2, new Command.SetTrust(true)));
    assertArrayEquals(bytes(2, 0, 0, 0, 0x80, 0, 1, 0xFF), b);
  }

  @Test
  void aBufferEndingInsideTheGenerationIsTruncatedThere() {
    WireError e = error(WITH_GEN.decodeAdmin(bytes(1, 0, 0, 0, 7, 0)));
    assertEquals(new WireError.Truncated(6, "member_generation"), e);
  }

  /** A buffer that ends exactly after a field is truncated at the next one, named. */
  @Test
  void aBufferEndingAfterAFieldIsTruncatedAtTheNext() {
    assertEquals(
        new WireError.Truncated(4, "member_generation"),
        error(WITH_GEN.decodeAdmin(bytes(1, 0, 0, 0))));
    assertEquals(
        new WireError.Truncated(8, "class"),
        error(WITH_GEN.decodeAdmin(bytes(1, 0, 0, 0, 7, 0, 0, 0))));
    assertEquals(new WireError.Truncated(4, "class"), error(THREAD.decodeAdmin(bytes(1, 0, 0, 0))));
    assertEquals(
        new WireError.Truncated(5, "command"), error(THREAD.decodeAdmin(bytes(1, 0, 0, 0, 0x80))));
    assertEquals(
        new WireError.Truncated(6, "ack"), error(THREAD.decodeAdmin(bytes(1, 0, 0, 0, 0x80, 0))));
  }

  @Test
  void anIdUpToTotalVfsIsEncodedAndOneAboveIsRefused() {
    byte[] b = THREAD.encode(AdminCtrl.request(MAX_VFS, new Command.SetTrust(true)));
    assertEquals(MAX_VFS, b[0]);
    assertThrows(
        IllegalArgumentException.class,
        () -> THREAD.encode(AdminCtrl.request(MAX_VFS + 1, new Command.SetTrust(true))));
  }

  @Test
  void theManagementDeviceCarriesGenerationZeroOnly() {
    WireError e = error(WITH_GEN.decodeAdmin(bytes(0, 0, 0, 0, 1, 0, 0, 0, 0x80, 0, 1, 0xFF)));
    assertEquals(new WireError.BadGeneration(4, 0, 1), e);
    assertTrue(e.message().contains("management device"), e.message());
    assertThrows(
        IllegalArgumentException.class, () -> AdminCtrl.request(0, 1, new Command.SetTrust(true)));
  }

  @Test
  void aGenerationAboveIntegerMaxIsOutOfRange() {
    WireError e =
        error(WITH_GEN.decodeAdmin(bytes(1, 0, 0, 0, 0, 0, 0, 0x80, 1, 1, 2, 3, 4, 5, 6, 0xFF)));
    assertEquals(new WireError.BadGeneration(4, 1, 0x80000000L), e);
  }

  @Test
  void aRequestMustMatchTheLayoutItIsEncodedIn() {
    IllegalArgumentException missing =
        assertThrows(
            IllegalArgumentException.class,
            () -> WITH_GEN.encode(AdminCtrl.request(1, new Command.SetTrust(true))));
    assertTrue(missing.getMessage().startsWith("the format needs"), missing.getMessage());
    IllegalArgumentException extra =
        assertThrows(
            IllegalArgumentException.class,
            () -> THREAD.encode(AdminCtrl.request(1, 3, new Command.SetTrust(true))));
    assertTrue(extra.getMessage().startsWith("the format has no"), extra.getMessage());
  }

  @Test
  void theThreadsDecoderReadsAGenerationAsTheClassAndFails() {
    byte[] withGen = WITH_GEN.encode(AdminCtrl.request(1, 2, new Command.SetTrust(true)));
    assertEquals(new WireError.UnknownClass(4, 2), error(THREAD.decodeAdmin(withGen)));
  }

  // ------------------------------------------------------------ malformed bytes, in the documented
  // order

  @Test
  void anIdAboveTotalVfsIsRejectedAtOffsetZero() {
    assertEquals(
        new WireError.BadDeviceId(0, 5, MAX_VFS),
        error(THREAD.decodeAdmin(bytes(5, 0, 0, 0, 1, 1, 0))));
    assertEquals(
        new WireError.BadDeviceId(0, 0xFFFFFFFFL, MAX_VFS),
        error(WITH_GEN.decodeAdmin(bytes(0xFF, 0xFF, 0xFF, 0xFF))));
  }

  @Test
  void unknownClassesAndCommandsNameTheirByte() {
    assertEquals(
        new WireError.UnknownClass(8, 0),
        error(WITH_GEN.decodeAdmin(bytes(1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0xFF))));
    assertEquals(
        new WireError.UnknownCommand(9, 1, 0),
        error(WITH_GEN.decodeAdmin(bytes(1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 0xFF))));
    assertEquals(
        new WireError.UnknownCommand(1, 0x80, 1),
        error(WireCodec.decodeCtrl(bytes(0x80, 1, 1, 0xFF))));
  }

  @Test
  void wrongDataLengthsAndFlagsAndAcksAreTypedErrors() {
    assertEquals(
        new WireError.BadLength(2, 6, 5),
        error(WireCodec.decodeCtrl(bytes(1, 1, 2, 0, 0, 0, 0, 0xFF))));
    assertEquals(
        new WireError.BadValue(2, 2), error(WireCodec.decodeCtrl(bytes(0x80, 0, 2, 0xFF))));
    assertEquals(new WireError.BadAck(3, 7), error(WireCodec.decodeCtrl(bytes(0x80, 0, 1, 7))));
  }

  @Test
  void theDeviceWritesTheAckAsTheLastByte() {
    byte[] b = WITH_GEN.encode(AdminCtrl.request(1, 2, new Command.SetMac(Mac.fromSpec(1))));
    assertEquals(new Decoded.Ok<>(Ack.UNWRITTEN), WireCodec.readAck(b));
    WireCodec.writeAck(b, Ack.ERR);
    assertEquals(new Decoded.Ok<>(Ack.ERR), WireCodec.readAck(b));
    assertEquals(1, b[b.length - 1]);
    assertEquals(new WireError.Truncated(0, "ack"), error(WireCodec.readAck(new byte[0])));
  }
}
