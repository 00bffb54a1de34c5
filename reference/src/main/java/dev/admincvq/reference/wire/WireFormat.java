package dev.admincvq.reference.wire;

/**
 * The layout of {@code struct virtio_net_admin_ctrl}: the thread's, or this project's proposal with
 * the member generation.
 *
 * <p><b>The proposal ({@code DeviceCheck = "wireGen"}).</b> Neither the 2021 patch nor virtio 1.3's
 * {@code virtio_admin_cmd} carries a VF generation (DOMAIN.md section 7), so a device cannot tell a
 * command meant for a VF from one meant for a later VF with the same id. The proposal adds one
 * field after {@code virtual_device_id}:
 *
 * <pre>
 * struct virtio_net_admin_ctrl {
 *     le32 virtual_device_id;
 *     le32 member_generation;   // the proposal: only when the feature is negotiated
 *     struct virtio_net_ctrl ctrl;
 * };
 * </pre>
 *
 * <p>{@code member_generation} is the generation of the member the driver means, as the device
 * announced it (a generation register the driver reads when it creates VFs, and the generation a
 * VF-reset notification names); 0 for the management device itself. The device fails the command
 * with {@code VIRTIO_NET_ERR} unless it equals the member's generation when it processes the
 * command. Both sides use the layout only when both offer the feature; this project names it {@code
 * VIRTIO_NET_F_ADMIN_CTRL_MEMBER_GEN} and assigns it no bit (it is a proposal).
 */
public enum WireFormat {
  /** The thread's {@code virtio_net_admin_ctrl}: le32 {@code virtual_device_id}, then the ctrl. */
  THREAD,
  /** This project's proposal: le32 {@code virtual_device_id}, le32 {@code member_generation}. */
  WITH_MEMBER_GENERATION;

  /** The bytes before the {@code virtio_net_ctrl}. */
  public int headerLength() {
    return this == THREAD ? 4 : 8;
  }
}
