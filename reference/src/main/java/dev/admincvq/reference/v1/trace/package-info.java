/**
 * Tracing: one event per spec action taken, named exactly as the action in {@code AdminCvq.tla},
 * with the fields the abstraction function needs (see {@code reference/TRACE-MAPPING-v1.md}).
 *
 * <p>{@link dev.admincvq.reference.v1.trace.TraceSink#NONE} costs nothing: emitters test {@link
 * dev.admincvq.reference.v1.trace.TraceSink#enabled()} before they build an event. {@link
 * dev.admincvq.reference.v1.trace.NdjsonTraceSink} writes one JSON object per line. Events are
 * emitted under the machine lock, so the order of lines is the order of the steps.
 *
 * <p>Everything here is non-null unless annotated {@code @Nullable} (the Checker Framework's
 * default), and every value type is Error Prone {@code @Immutable}.
 */
package dev.admincvq.reference.v1.trace;
