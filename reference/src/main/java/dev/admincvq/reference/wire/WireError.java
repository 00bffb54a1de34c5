package dev.admincvq.reference.wire;

import com.google.errorprone.annotations.Immutable;

/**
 * Why a buffer is not a valid {@code virtio_net_admin_ctrl} (or {@code virtio_net_ctrl}): each case
 * names the byte offset, counted from the start of the buffer, where decoding failed.
 */
@Immutable
public sealed interface WireError {

  /** The offset of the offending byte (for {@link Truncated}: the buffer's length). */
  int offset();

  /** One line for a human, naming the offset. */
  String message();

  /**
   * The buffer ends before {@code field}.
   *
   * @param offset where the field should start, which is the buffer's length
   * @param field the missing field
   */
  @Immutable
  record Truncated(int offset, String field) implements WireError {
    @Override
    public String message() {
      return "offset " + offset + ": buffer ends before " + field;
    }
  }

  /**
   * {@code virtual_device_id} names no target: it is above TotalVFs.
   *
   * @param offset of the id
   * @param id the id read (unsigned)
   * @param maxVfs the highest valid id
   */
  @Immutable
  record BadDeviceId(int offset, long id, int maxVfs) implements WireError {
    @Override
    public String message() {
      return "offset " + offset + ": virtual_device_id " + id + " is not in 0.." + maxVfs;
    }
  }

  /**
   * {@code member_generation} is not one a member can have: above {@link Integer#MAX_VALUE}, or not
   * 0 for the management device (id 0).
   *
   * @param offset of the generation field
   * @param id the {@code virtual_device_id}
   * @param generation the generation read (unsigned)
   */
  @Immutable
  record BadGeneration(int offset, int id, long generation) implements WireError {
    @Override
    public String message() {
      return "offset "
          + offset
          + ": member_generation "
          + generation
          + (id == 0
              ? " for the management device (id 0), which has generation 0"
              : " is out of range");
    }
  }

  /**
   * A class this codec does not know.
   *
   * @param offset of the class byte
   * @param classId the class read
   */
  @Immutable
  record UnknownClass(int offset, int classId) implements WireError {
    @Override
    public String message() {
      return "offset " + offset + ": unknown class " + classId;
    }
  }

  /**
   * A command this codec does not know in a known class.
   *
   * @param offset of the command byte
   * @param classId the class
   * @param commandId the command read
   */
  @Immutable
  record UnknownCommand(int offset, int classId, int commandId) implements WireError {
    @Override
    public String message() {
      return "offset " + offset + ": unknown command " + commandId + " in class " + classId;
    }
  }

  /**
   * The command-specific data has the wrong length for its command.
   *
   * @param offset where the data starts
   * @param expected the command's data length
   * @param actual the length between the command byte and the ack byte
   */
  @Immutable
  record BadLength(int offset, int expected, int actual) implements WireError {
    @Override
    public String message() {
      return "offset " + offset + ": command data has " + actual + " bytes, expected " + expected;
    }
  }

  /**
   * A one-byte flag that is neither 0 nor 1.
   *
   * @param offset of the byte
   * @param value the byte read
   */
  @Immutable
  record BadValue(int offset, int value) implements WireError {
    @Override
    public String message() {
      return "offset " + offset + ": flag byte " + value + " is neither 0 nor 1";
    }
  }

  /**
   * An ack byte other than {@code VIRTIO_NET_OK}, {@code VIRTIO_NET_ERR} or 0xFF (unwritten).
   *
   * @param offset of the ack byte (the last byte)
   * @param value the byte read
   */
  @Immutable
  record BadAck(int offset, int value) implements WireError {
    @Override
    public String message() {
      return "offset " + offset + ": ack " + value + " is not OK (0), ERR (1) or unwritten (255)";
    }
  }
}
