package dev.admincvq.reference.wire;

import com.google.errorprone.annotations.Immutable;
import java.util.OptionalInt;

/**
 * A {@code struct virtio_net_admin_ctrl}: what the PF's admin CVQ carries.
 *
 * @param virtualDeviceId the target: 0 is the management device (the PF) itself, {@code
 *     1..TotalVFs} its VFs
 * @param memberGeneration the proposal's {@code member_generation} ({@link
 *     WireFormat#WITH_MEMBER_GENERATION}): the generation of the member the driver means, 0 for the
 *     PF; empty in the thread's format, which has no such field
 * @param ctrl the wrapped {@code struct virtio_net_ctrl}
 */
@Immutable
public record AdminCtrl(int virtualDeviceId, OptionalInt memberGeneration, NetCtrl ctrl) {

  /**
   * Checks the id and generation are not negative and that the PF's generation is 0.
   *
   * @throws IllegalArgumentException if not
   */
  public AdminCtrl {
    if (virtualDeviceId < 0) {
      throw new IllegalArgumentException("virtual_device_id < 0: " + virtualDeviceId);
    }
    if (memberGeneration.isPresent()) {
      int g = memberGeneration.getAsInt();
      if (g < 0 || (virtualDeviceId == 0 && g != 0)) {
        throw new IllegalArgumentException(
            "member_generation " + g + " for virtual_device_id " + virtualDeviceId);
      }
    }
  }

  /** A request in the thread's format: no generation field, ack unwritten. */
  public static AdminCtrl request(int virtualDeviceId, Command command) {
    return new AdminCtrl(virtualDeviceId, OptionalInt.empty(), new NetCtrl(command, Ack.UNWRITTEN));
  }

  /** A request carrying {@code member_generation} {@code generation}, ack unwritten. */
  public static AdminCtrl request(int virtualDeviceId, int generation, Command command) {
    return new AdminCtrl(
        virtualDeviceId, OptionalInt.of(generation), new NetCtrl(command, Ack.UNWRITTEN));
  }

  /** The command. */
  public Command command() {
    return ctrl.command();
  }
}
