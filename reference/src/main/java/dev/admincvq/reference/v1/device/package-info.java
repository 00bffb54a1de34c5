/**
 * The device side: the management device (the PF) with its admin CVQ, its VFs (incarnations,
 * SR-IOV, {@code DEVICE_NEEDS_RESET}), each target's config, the trust flag that gates a VF's own
 * CVQ, in-order or out-of-order processing and the device-side check, all in {@link
 * dev.admincvq.reference.v1.device.Device}.
 *
 * <p>Everything here is non-null unless annotated {@code @Nullable} (the Checker Framework's
 * default).
 */
package dev.admincvq.reference.v1.device;
