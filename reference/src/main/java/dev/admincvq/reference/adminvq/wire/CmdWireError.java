package dev.admincvq.reference.adminvq.wire;

import com.google.errorprone.annotations.Immutable;

/**
 * Why bytes are not a valid part of a {@code struct virtio_admin_cmd}: each case names the byte
 * offset, counted from the start of the part, where decoding failed.
 */
@Immutable
public sealed interface CmdWireError {

  /** The offset of the offending byte (for {@link Truncated}: the buffer's length). */
  int offset();

  /** One line for a human, naming the offset. */
  String message();

  /**
   * The buffer ends before {@code field}.
   *
   * @param offset the buffer's length
   * @param field the field that does not fit
   */
  @Immutable
  record Truncated(int offset, String field) implements CmdWireError {
    @Override
    public String message() {
      return "offset " + offset + ": buffer ends inside or before " + field;
    }
  }

  /**
   * A reserved byte that is not zero.
   *
   * @param offset of the first such byte
   * @param field the reserved field
   * @param value the byte read
   */
  @Immutable
  record ReservedNotZero(int offset, String field, int value) implements CmdWireError {
    @Override
    public String message() {
      return "offset " + offset + ": " + field + " byte is " + value + ", not 0";
    }
  }

  /**
   * The command-specific data has a length its opcode's structure cannot have.
   *
   * @param offset the first byte past what the structure accounts for
   * @param opcode the opcode
   * @param expected the lengths the structure may have, in words
   * @param actual the data's length
   */
  @Immutable
  record BadLength(int offset, int opcode, String expected, int actual) implements CmdWireError {
    @Override
    public String message() {
      return "offset "
          + offset
          + ": opcode "
          + opcode
          + " has "
          + actual
          + " bytes of data, expected "
          + expected;
    }
  }
}
