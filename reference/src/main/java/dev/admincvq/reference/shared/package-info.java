/**
 * Shared memory between the drivers and the device (the spec's {@code sharedVars}): request buffers
 * whose last byte the device writes, the PF's admin CVQ (available ring with its index, used ring),
 * each VF's own CVQ, and the VF-reset notifications the device sends the management driver.
 *
 * <p>These classes are plain data structures, not thread-safe: every access happens within one step
 * of one actor, under the device lock ({@link dev.admincvq.reference.Machine} says how).
 *
 * <p>Everything here is non-null unless annotated {@code @Nullable} (the Checker Framework's
 * default), and every value type is Error Prone {@code @Immutable}.
 */
package dev.admincvq.reference.shared;
