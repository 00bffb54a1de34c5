/**
 * A VF's own driver: it owns its VF's CVQ and resets its VF whenever it chooses, unannounced to the
 * management driver, reading only its VF's device status.
 *
 * <p>Everything here is non-null unless annotated {@code @Nullable} (the Checker Framework's
 * default), and every value type is Error Prone {@code @Immutable}.
 */
package dev.admincvq.reference.vfdriver;
