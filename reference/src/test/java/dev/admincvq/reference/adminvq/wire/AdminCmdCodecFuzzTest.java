package dev.admincvq.reference.adminvq.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The {@code struct virtio_admin_cmd} decoder, fed arbitrary bytes by Jazzer, as the
 * device-readable part and as the device-writable part. For every input:
 *
 * <ul>
 *   <li>decoding returns and throws nothing (any exception is a finding: the codec's only error is
 *       the returned {@link CmdWireError});
 *   <li>the input buffer is not modified;
 *   <li>a decoded value re-encodes to exactly the input bytes (one encoding per value), and
 *       decoding that again gives the same value;
 *   <li>an error names an offset inside the buffer (or its length, for a truncation), and its
 *       message names that offset.
 * </ul>
 *
 * <p>Plain {@code mvn verify} replays the committed seeds in {@code
 * src/test/resources/dev/admincvq/reference/adminvq/wire/AdminCmdCodecFuzzTestInputs/} (Jazzer's
 * regression mode); {@code JAZZER_FUZZ=1} fuzzes, as for {@code WireCodecFuzzTest}.
 */
class AdminCmdCodecFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void anyBytesDecodeToACanonicalAdminCmdOrResultOrToATypedErrorNamingAnOffset(byte[] bytes) {
    byte[] original = bytes.clone();
    CmdDecoded<AdminCmd> cmd = AdminCmdCodec.decodeCmd(bytes);
    if (cmd instanceof CmdDecoded.Ok<AdminCmd> ok) {
      byte[] again = AdminCmdCodec.encode(ok.value());
      assertArrayEquals(bytes, again, () -> "device-readable part not canonical: " + ok.value());
      assertEquals(cmd, AdminCmdCodec.decodeCmd(again));
    } else if (cmd instanceof CmdDecoded.Err<AdminCmd> err) {
      checkError(err.error(), bytes);
    }
    CmdDecoded<AdminResult> result = AdminCmdCodec.decodeResult(bytes);
    if (result instanceof CmdDecoded.Ok<AdminResult> ok) {
      byte[] again = AdminCmdCodec.encode(ok.value());
      assertArrayEquals(bytes, again, () -> "device-writable part not canonical: " + ok.value());
      assertEquals(result, AdminCmdCodec.decodeResult(again));
    } else if (result instanceof CmdDecoded.Err<AdminResult> err) {
      checkError(err.error(), bytes);
    }
    assertArrayEquals(original, bytes, "the decoder modified its input");
  }

  private static void checkError(CmdWireError error, byte[] bytes) {
    int offset = error.offset();
    if (error instanceof CmdWireError.Truncated) {
      assertEquals(bytes.length, offset, error::message);
    } else {
      assertTrue(offset >= 0 && offset < bytes.length, error::message);
    }
    assertTrue(error.message().startsWith("offset " + offset + ": "), error::message);
  }
}
