/**
 * The wire format of the 2021 proposal: {@code struct virtio_net_admin_ctrl} (le32
 * {@code virtual_device_id}, then {@code struct virtio_net_ctrl}: u8 class, u8 command, the
 * command-specific data, u8 ack written by the device), as laid out in DOMAIN.md sections 1-2.
 *
 * <p>{@link dev.admincvq.reference.v1.wire.WireCodec} encodes and decodes it; decoding never throws
 * for malformed bytes but returns a {@link dev.admincvq.reference.v1.wire.WireError} that names the
 * offset. {@link dev.admincvq.reference.v1.wire.Mac} holds the one mapping between real MAC addresses
 * and the spec's small-integer MACs.
 *
 * <p>Everything here is non-null unless annotated {@code @Nullable} (the Checker Framework's
 * default), and every value type is Error Prone {@code @Immutable}.
 */
package dev.admincvq.reference.v1.wire;
