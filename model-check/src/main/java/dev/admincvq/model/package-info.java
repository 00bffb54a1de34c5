/**
 * Immutable values that describe the outcome of one model check: the verdict, the state counts and
 * the counterexample as typed TLA+ states. Nothing here depends on TLC's classes.
 */
package dev.admincvq.model;
