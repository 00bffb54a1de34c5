/**
 * Tracing: one event per spec action taken, named exactly as the action in {@code
 * AdminCvqActors.tla}, with the fields a validator needs (see {@code reference/TRACE-MAPPING.md}).
 *
 * <p>{@link dev.admincvq.reference.trace.TraceSink#NONE} costs nothing: emitters test {@link
 * dev.admincvq.reference.trace.TraceSink#enabled()} before they build an event. {@link
 * dev.admincvq.reference.trace.NdjsonTraceSink} writes one JSON object per line. Events are emitted
 * under the device lock, so the order of lines is the order of the steps.
 *
 * <p>Everything here is non-null unless annotated {@code @Nullable} (the Checker Framework's
 * default), and every value type is Error Prone {@code @Immutable}.
 */
package dev.admincvq.reference.trace;
