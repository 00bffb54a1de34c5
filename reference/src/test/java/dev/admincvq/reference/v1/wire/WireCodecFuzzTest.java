package dev.admincvq.reference.v1.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The wire decoder, fed arbitrary bytes by Jazzer. For every input, on both queues (the admin CVQ's
 * {@code virtio_net_admin_ctrl} and a VF's own CVQ's {@code virtio_net_ctrl}) and for a small and
 * the largest {@code NumVFs}:
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
 * mode); {@code JAZZER_FUZZ=1} fuzzes (see NOTES-README-fuzz.md).
 */
class WireCodecFuzzTest {

  private static final WireCodec FOUR_VFS = new WireCodec(4);
  private static final WireCodec MOST_VFS = new WireCodec(Integer.MAX_VALUE);

  @FuzzTest(maxDuration = "10m")
  void anyBytesDecodeToACanonicalCommandOrToATypedErrorNamingAnOffset(byte[] bytes) {
    byte[] original = bytes.clone();
    checkAdmin(FOUR_VFS, bytes);
    checkAdmin(MOST_VFS, bytes);
    checkVfCvq(bytes);
    assertArrayEquals(original, bytes, "the decoder modified its input");
  }

  private static void checkAdmin(WireCodec codec, byte[] bytes) {
    Decoded<AdminCtrl> decoded = codec.decodeAdmin(bytes);
    if (decoded instanceof Decoded.Ok<AdminCtrl> ok) {
      AdminCtrl value = ok.value();
      assertTrue(value.virtualDeviceId() <= codec.numVfs(), value::toString);
      byte[] again = codec.encode(value);
      assertArrayEquals(bytes, again, () -> "admin buffer not canonical: " + value);
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
