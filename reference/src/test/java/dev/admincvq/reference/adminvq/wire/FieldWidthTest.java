package dev.admincvq.reference.adminvq.wire;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import dev.admincvq.reference.wire.Mac;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

/**
 * Every numeric field of the admin command's structures holds exactly the values of its width in
 * admin.tex and resource-objects.tex: 0 and the largest are accepted, one below 0 and one above the
 * largest are refused (a value refused here could not have come off the wire, and one accepted must
 * be encodable).
 */
class FieldWidthTest {
  private static final long LE16 = 0xFFFFL;
  private static final long LE32 = 0xFFFF_FFFFL;
  private static final long U8 = 0xFFL;
  private static final ImmutableList<Byte> NO_BYTES = ImmutableList.of();

  /** {@code field} holds 0..{@code max}: the two ends build, one past either end throws. */
  private static void holdsExactly(long max, LongFunction<?> field) {
    assertDoesNotThrow(() -> field.apply(0), "0");
    assertDoesNotThrow(() -> field.apply(max), "the largest, " + max);
    assertThrows(IllegalArgumentException.class, () -> field.apply(-1), "-1");
    assertThrows(IllegalArgumentException.class, () -> field.apply(max + 1), "" + (max + 1));
  }

  @Test
  void anAdminCommandsOpcodeAndGroupTypeAreLe16() {
    // Opcode 0 is LIST_QUERY (no data); 0xFFFF is no opcode admin.tex names (opaque data).
    assertDoesNotThrow(() -> new AdminCmd(0, 0, 0, new CommandData.None()));
    assertDoesNotThrow(() -> new AdminCmd(0xFFFF, 0, 0, new CommandData.Opaque(NO_BYTES)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new AdminCmd(-1, 0, 0, new CommandData.Opaque(NO_BYTES)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new AdminCmd(0x10000, 0, 0, new CommandData.Opaque(NO_BYTES)));
    holdsExactly(LE16, g -> new AdminCmd(0, (int) g, 0, new CommandData.None()));
  }

  @Test
  void aSpecMacValueIsAByte() {
    holdsExactly(U8, n -> Mac.fromSpec((int) n));
  }

  @Test
  void anAdminResultsStatusAndQualifierAreLe16() {
    holdsExactly(LE16, s -> new AdminResult((int) s, 0, NO_BYTES));
    holdsExactly(LE16, q -> new AdminResult(0, (int) q, NO_BYTES));
  }

  @Test
  void aConfigurationWritesOffsetAndADeviceModesFlagsAreU8() {
    holdsExactly(U8, o -> new CommandData.ConfigWrite((int) o, NO_BYTES));
    holdsExactly(U8, f -> new CommandData.ModeSet((int) f));
  }

  @Test
  void aCapabilityIdIsLe16() {
    holdsExactly(LE16, id -> new CommandData.CapId((int) id));
    holdsExactly(LE16, id -> new CommandData.CapSet((int) id, NO_BYTES));
  }

  @Test
  void everyResourceObjectHeaderHasAnLe16TypeAndAnLe32Id() {
    holdsExactly(LE16, t -> new CommandData.PartsSet((int) t, 0, NO_BYTES));
    holdsExactly(LE32, id -> new CommandData.PartsSet(0, id, NO_BYTES));
    holdsExactly(LE16, t -> new CommandData.ObjectData((int) t, 0, 0, NO_BYTES));
    holdsExactly(LE32, id -> new CommandData.ObjectData(0, id, 0, NO_BYTES));
    holdsExactly(LE16, t -> new CommandData.ObjectQuery((int) t, 0, 0));
    holdsExactly(LE32, id -> new CommandData.ObjectQuery(0, id, 0));
    holdsExactly(LE16, t -> new CommandData.ObjectHeader((int) t, 0));
    holdsExactly(LE32, id -> new CommandData.ObjectHeader(0, id));
  }
}
