package dev.admincvq.reference.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * The wire decoder, fed arbitrary bytes by Jazzer. For every input, on both queues (the admin CVQ's
 * {@code virtio_net_admin_ctrl}, in the thread's layout and with this project's {@code
 * member_generation}, and a VF's own CVQ's {@code virtio_net_ctrl}) and for a small and the largest
 * TotalVFs:
 *
 * <ul>
 *   <li>decoding returns and throws nothing (any exception is a finding: the codec declares none,
 *       its only error is the returned {@link WireError});
 *   <li>the input buffer is not modified;
 *   <li>a decoded value re-encodes to exactly the input bytes (the format is canonical: one
 *       encoding per value), and decoding that again gives the same value;
 *   <li>an error names an offset inside the buffer (or its length, for a truncation), and its
 *       message names that offset.
 * </ul>
 *
 * <p>Plain {@code mvn verify} replays the committed seeds in {@code
 * src/test/resources/dev/admincvq/reference/wire/WireCodecFuzzTestInputs/} (Jazzer's regression
 * mode); {@code tools/fuzz-wire-decoder.sh} fuzzes ({@code JAZZER_FUZZ=1}).
 */
class WireCodecFuzzTest {

  private static final List<WireCodec> ADMIN_CODECS =
      List.of(
          new WireCodec(4, WireFormat.THREAD),
          new WireCodec(Integer.MAX_VALUE, WireFormat.THREAD),
          new WireCodec(4, WireFormat.WITH_MEMBER_GENERATION),
          new WireCodec(Integer.MAX_VALUE, WireFormat.WITH_MEMBER_GENERATION));

  @FuzzTest(maxDuration = "10m")
  void anyBytesDecodeToACanonicalCommandOrToATypedErrorNamingAnOffset(byte[] bytes) {
    byte[] original = bytes.clone();
    ADMIN_CODECS.forEach(codec -> checkAdmin(codec, bytes));
    checkVfCvq(bytes);
    assertArrayEquals(original, bytes, "the decoder modified its input");
  }

  private static void checkAdmin(WireCodec codec, byte[] bytes) {
    Decoded<AdminCtrl> decoded = codec.decodeAdmin(bytes);
    if (decoded instanceof Decoded.Ok<AdminCtrl> ok) {
      AdminCtrl value = ok.value();
      assertTrue(value.virtualDeviceId() <= codec.maxVfs(), value::toString);
      assertEquals(
          codec.format() == WireFormat.WITH_MEMBER_GENERATION,
          value.memberGeneration().isPresent(),
          () -> codec.format() + ": " + value);
      byte[] again = codec.encode(value);
      assertArrayEquals(
          bytes, again, () -> codec.format() + ": admin buffer not canonical: " + value);
      assertEquals(decoded, codec.decodeAdmin(again));
    } else if (decoded instanceof Decoded.Err<AdminCtrl> err) {
      checkError(err.error(), bytes);
    }
  }

  private static void checkVfCvq(byte[] bytes) {
    Decoded<NetCtrl> decoded = WireCodec.decodeCtrl(bytes);
    if (decoded instanceof Decoded.Ok<NetCtrl> ok) {
      NetCtrl value = ok.value();
      byte[] again = WireCodec.encode(value);
      assertArrayEquals(bytes, again, () -> "VF CVQ buffer not canonical: " + value);
      assertEquals(decoded, WireCodec.decodeCtrl(again));
    } else if (decoded instanceof Decoded.Err<NetCtrl> err) {
      checkError(err.error(), bytes);
    }
  }

  private static void checkError(WireError error, byte[] bytes) {
    int offset = error.offset();
    if (error instanceof WireError.Truncated) {
      assertEquals(bytes.length, offset, error::message);
    } else {
      assertTrue(offset >= 0 && offset < bytes.length, error::message);
    }
    assertTrue(error.message().startsWith("offset " + offset + ": "), error::message);
  }
}
