/**
 * Conformance of the earlier reference implementation ({@code dev.admincvq.reference.v1}) to the
 * earlier spec {@code AdminCvq.tla}: its abstraction, replayer and settings, kept while the named
 * scenarios ({@code spec-tla/scenarios}) and the benchmark's conformance part replay that spec.
 */
package dev.admincvq.conform.v1;
