/**
 * Configurations derived from a model's own, for runs beyond its bounds: constants overridden on
 * the command line ({@code --constant MaxVFs=3}), temporal properties dropped where a run checks
 * safety only (simulation, TLC's distributed mode). Each derived configuration lies in a temporary
 * directory of its own, removed when closed.
 */
package dev.admincvq.simulate;
