/**
 * Implementation to model: trace validation. NDJSON traces written by the reference implementation
 * ({@code reference/TRACE-MAPPING.md}) are read ({@link TraceReader}), grouped by the constants
 * their header names, and matched against {@code spec-tla/TraceAdminCvqActors.tla} with TLC's
 * evaluator in this JVM, the spec parsed once per group ({@link TraceValidator}).
 */
package dev.admincvq.validate;
