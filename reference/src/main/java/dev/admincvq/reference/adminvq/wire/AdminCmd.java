package dev.admincvq.reference.adminvq.wire;

import com.google.errorprone.annotations.Immutable;

/**
 * The device-readable part of a {@code struct virtio_admin_cmd}. The reserved bytes are not kept:
 * the codec writes them as zero and refuses a buffer in which they are not.
 *
 * @param opcode the le16 {@code opcode}, any number (see {@link Opcode})
 * @param groupType the le16 {@code group_type}, any number (see {@link GroupType})
 * @param groupMemberId the le64 {@code group_member_id}, unsigned (compare with {@link
 *     Long#compareUnsigned})
 * @param data {@code command_specific_data}, of the case {@link CommandData#kindFor} names
 */
@Immutable
public record AdminCmd(int opcode, int groupType, long groupMemberId, CommandData data) {

  /**
   * Checks the le16 fields' ranges and that the data is the opcode's case.
   *
   * @throws IllegalArgumentException if not
   */
  public AdminCmd {
    if (opcode < 0 || opcode > 0xFFFF || groupType < 0 || groupType > 0xFFFF) {
      throw new IllegalArgumentException(
          "opcode and group_type are le16: " + opcode + ", " + groupType);
    }
    if (!CommandData.kindFor(opcode).isInstance(data)) {
      throw new IllegalArgumentException(
          "opcode "
              + opcode
              + " carries "
              + CommandData.kindFor(opcode).getSimpleName()
              + ", not "
              + data);
    }
  }

  /** A command with a known opcode and group type. */
  public static AdminCmd of(Opcode opcode, GroupType group, long member, CommandData data) {
    return new AdminCmd(opcode.code(), group.code(), member, data);
  }
}
