/**
 * The spec's history variables, kept as ghost state: written by the actors' steps, read by the
 * properties ({@link dev.admincvq.reference.Invariants}) and the conformance abstraction, never by
 * an action.
 *
 * <p>Everything here is non-null unless annotated {@code @Nullable} (the Checker Framework's
 * default), and every value type is Error Prone {@code @Immutable}.
 */
package dev.admincvq.reference.history;
