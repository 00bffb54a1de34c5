package dev.admincvq.reference.adminvq.wire;

import java.util.Optional;

/**
 * {@code status}, a le16, as admin.tex's status table numbers it (decimal). A number not in the
 * table is "other - group administration command error", which "The driver MUST handle ... in the
 * same way as status set to VIRTIO_ADMIN_STATUS_EINVAL".
 */
public enum AdminStatus {
  /** 0: successful completion. */
  OK(0),
  /** 6 (1.4): no such capability or resource. */
  ENXIO(6),
  /** 11: try again. */
  EAGAIN(11),
  /** 12: insufficient resources. */
  ENOMEM(12),
  /** 16 (1.4): device busy. */
  EBUSY(16),
  /**
   * 17 (1.4, not in the status table): "VIRTIO_ADMIN_STATUS_EEXIST", which the resource objects'
   * section names for RESOURCE_OBJ_CREATE; its number here is Linux's EEXIST, as the table's other
   * statuses are Linux's (finding eexist-missing).
   */
  EEXIST(17),
  /** 22: invalid command. */
  EINVAL(22),
  /** 28 (1.4): resources exhausted on device. */
  ENOSPC(28);

  private final int code;

  AdminStatus(int code) {
    this.code = code;
  }

  /** The number on the wire. */
  public int code() {
    return code;
  }

  /** The status numbered {@code code}, or empty for "other". */
  public static Optional<AdminStatus> of(int code) {
    for (AdminStatus s : values()) {
      if (s.code == code) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
