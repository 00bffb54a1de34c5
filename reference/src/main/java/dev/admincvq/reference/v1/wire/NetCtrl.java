package dev.admincvq.reference.v1.wire;

import com.google.errorprone.annotations.Immutable;

/**
 * A {@code struct virtio_net_ctrl}: the command the driver sets and the ack the device writes.
 * This is what a VF's own CVQ carries.
 *
 * @param command class, command and data
 * @param ack the ack byte
 */
@Immutable
public record NetCtrl(CtrlCommand command, Ack ack) {}
