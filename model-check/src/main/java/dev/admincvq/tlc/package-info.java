/**
 * One isolated TLC run: a fresh class loader, TLC's message recorder, clean-up, an immutable
 * result.
 */
package dev.admincvq.tlc;
