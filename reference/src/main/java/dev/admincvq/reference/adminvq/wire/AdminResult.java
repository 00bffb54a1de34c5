package dev.admincvq.reference.adminvq.wire;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;

/**
 * The device-writable part of a {@code struct virtio_admin_cmd}. The reserved bytes are not kept:
 * the codec writes them as zero and refuses a buffer in which they are not.
 *
 * @param status the le16 {@code status}, any number (see {@link AdminStatus})
 * @param statusQualifier the le16 {@code status_qualifier}, any number (see {@link
 *     StatusQualifier})
 * @param commandSpecificResult {@code command_specific_result}, as bytes
 */
@Immutable
public record AdminResult(
    int status, int statusQualifier, ImmutableList<Byte> commandSpecificResult) {

  /**
   * Checks the le16 fields' ranges.
   *
   * @throws IllegalArgumentException if not
   */
  public AdminResult {
    if (status < 0 || status > 0xFFFF || statusQualifier < 0 || statusQualifier > 0xFFFF) {
      throw new IllegalArgumentException(
          "status and status_qualifier are le16: " + status + ", " + statusQualifier);
    }
  }

  /** A result with known numbers and no command-specific result. */
  public static AdminResult of(AdminStatus status, StatusQualifier qualifier) {
    return new AdminResult(status.code(), qualifier.code(), ImmutableList.of());
  }
}
