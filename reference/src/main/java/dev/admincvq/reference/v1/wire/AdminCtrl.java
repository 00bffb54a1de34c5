package dev.admincvq.reference.v1.wire;

import com.google.errorprone.annotations.Immutable;

/**
 * A {@code struct virtio_net_admin_ctrl}: what the PF's admin CVQ carries.
 *
 * @param virtualDeviceId the target: 0 is the management device (the PF) itself, {@code 1..NumVFs}
 *     its VFs
 * @param ctrl the wrapped {@code struct virtio_net_ctrl}
 */
@Immutable
public record AdminCtrl(int virtualDeviceId, NetCtrl ctrl) {

  /**
   * Checks the id is not negative.
   *
   * @throws IllegalArgumentException if it is
   */
  public AdminCtrl {
    if (virtualDeviceId < 0) {
      throw new IllegalArgumentException("virtual_device_id < 0: " + virtualDeviceId);
    }
  }

  /** Shorthand for {@code new AdminCtrl(id, new NetCtrl(command, ack))}. */
  public static AdminCtrl of(int virtualDeviceId, CtrlCommand command, Ack ack) {
    return new AdminCtrl(virtualDeviceId, new NetCtrl(command, ack));
  }
}
