package dev.admincvq.reference.wire;

import com.google.errorprone.annotations.Immutable;

/**
 * A {@code struct virtio_net_ctrl}: the command the driver sets and the ack the device writes. This
 * is what a VF's own CVQ carries, and the tail of every admin CVQ buffer.
 *
 * @param command class, command and data
 * @param ack the ack byte
 */
@Immutable
public record NetCtrl(Command command, Ack ack) {}
