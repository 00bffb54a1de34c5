/**
 * Immutable values that describe the outcome of one model check: the verdict, the state counts and
 * the counterexample as typed TLA+ states. Nothing here depends on TLC's classes.
 *
 * <p>The one TLA+ value semantics of the project lives here: {@link dev.admincvq.model.TlaValue}'s
 * canonical form and TLA+ equality and its typed accessors, and the structural {@link
 * dev.admincvq.model.Difference} between two values. {@link dev.admincvq.model.TextFile} reads the
 * text files a user names (traces, scenarios), saying in one line why one is not text.
 */
package dev.admincvq.model;
