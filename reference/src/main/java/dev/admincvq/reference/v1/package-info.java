/**
 * The reference implementation of the admin control virtqueue (spec {@code
 * spec-tla/AdminCvq.tla}): plain Java, no TLC.
 *
 * <p>This package holds the values shared by both sides: the design options ({@link
 * dev.admincvq.reference.v1.Settings}), the spec's action names ({@link
 * dev.admincvq.reference.v1.SpecAction}), the outcome of an action ({@link
 * dev.admincvq.reference.v1.Outcome}) and the immutable snapshot of the whole abstract state ({@link
 * dev.admincvq.reference.v1.AbstractState}). {@link dev.admincvq.reference.v1.Machine} puts a device
 * ({@code device/}) and a driver ({@code driver/}) together under one lock; {@code wire/} is the
 * codec and {@code trace/} the NDJSON trace.
 *
 * <p>Everything here is non-null unless annotated {@code @Nullable} (the Checker Framework's
 * default), and every value type is Error Prone {@code @Immutable}.
 */
package dev.admincvq.reference.v1;
