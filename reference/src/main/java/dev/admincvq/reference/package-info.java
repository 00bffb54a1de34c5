/**
 * The reference implementation of the admin control virtqueue: plain Java, no TLC.
 *
 * <p>Everything here is non-null unless annotated {@code @Nullable} (the Checker Framework's
 * default); see the conformance issue for the device and driver sides.
 */
package dev.admincvq.reference;
