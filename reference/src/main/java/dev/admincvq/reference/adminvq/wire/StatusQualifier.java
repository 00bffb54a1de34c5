package dev.admincvq.reference.adminvq.wire;

import java.util.Optional;

/**
 * {@code status_qualifier}, a le16, as admin.tex's qualifier table numbers it; 0x08 - 0xFFFF are
 * "reserved for future use", which "The driver MUST handle ... in the same way as status_qualifier
 * set to VIRTIO_ADMIN_STATUS_Q_INVALID_COMMAND".
 */
public enum StatusQualifier {
  /** 0x00: used with {@link AdminStatus#OK}. */
  Q_OK(0x00),
  /** 0x01: command error, no additional information. */
  Q_INVALID_COMMAND(0x01),
  /** 0x02: unsupported or invalid {@code opcode}. */
  Q_INVALID_OPCODE(0x02),
  /** 0x03: unsupported or invalid field within {@code command_specific_data}. */
  Q_INVALID_FIELD(0x03),
  /** 0x04: unsupported or invalid {@code group_type}. */
  Q_INVALID_GROUP(0x04),
  /** 0x05: unsupported or invalid {@code group_member_id}. */
  Q_INVALID_MEMBER(0x05),
  /** 0x06: out of internal resources, ok to retry. */
  Q_NORESOURCE(0x06),
  /** 0x07: command blocks for too long, should retry. */
  Q_TRYAGAIN(0x07);

  private final int code;

  StatusQualifier(int code) {
    this.code = code;
  }

  /** The number on the wire. */
  public int code() {
    return code;
  }

  /** The qualifier numbered {@code code}, or empty if it is reserved. */
  public static Optional<StatusQualifier> of(int code) {
    for (StatusQualifier q : values()) {
      if (q.code == code) {
        return Optional.of(q);
      }
    }
    return Optional.empty();
  }
}
