/**
 * The wire format: {@code struct virtio_net_admin_ctrl} of the 2021 proposal (le32 {@code
 * virtual_device_id}, then {@code struct virtio_net_ctrl}: u8 class, u8 command, the
 * command-specific data, u8 ack written by the device), as laid out in DOMAIN.md sections 1-2, and
 * this project's proposed wire change for {@code DeviceCheck = "wireGen"}: a le32 {@code
 * member_generation} after the id ({@link dev.admincvq.reference.wire.WireFormat}).
 *
 * <p>{@link dev.admincvq.reference.wire.WireCodec} encodes and decodes both; decoding is
 * bounds-checked and never throws for malformed bytes but returns a {@link
 * dev.admincvq.reference.wire.WireError} that names the offset. {@link
 * dev.admincvq.reference.wire.Mac} holds the one mapping between real MAC addresses and the spec's
 * small-integer MACs.
 *
 * <p>Everything here is non-null unless annotated {@code @Nullable} (the Checker Framework's
 * default), and every value type is Error Prone {@code @Immutable}.
 */
package dev.admincvq.reference.wire;
