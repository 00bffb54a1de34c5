/**
 * The wire format of the generic administration virtqueue of virtio 1.3 and 1.4 ({@code
 * spec-tla/AdminVq.tla}): {@code struct virtio_admin_cmd}, device-readable and device-writable
 * parts, little-endian, as admin.tex lays it out (github oasis-tcs/virtio-spec, tag v1.4-cs01,
 * commit 15f488c), and the command-specific data of the commands the spec models.
 *
 * <p>{@link dev.admincvq.reference.adminvq.wire.AdminCmdCodec} encodes and decodes; decoding is
 * bounds-checked and never throws for malformed bytes but returns a {@link
 * dev.admincvq.reference.adminvq.wire.CmdWireError} that names the offset. Opcodes, group types,
 * statuses and qualifiers carry the numbers of admin.tex's tables.
 *
 * <p>Separate from {@code dev.admincvq.reference.wire} (the 2021 proposal's {@code
 * virtio_net_admin_ctrl}); the two share nothing but the style.
 *
 * <p>Everything here is non-null unless annotated {@code @Nullable} (the Checker Framework's
 * default), and every value type is Error Prone {@code @Immutable}.
 */
package dev.admincvq.reference.adminvq.wire;
