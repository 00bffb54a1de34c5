/**
 * The benchmark: TLC embedded in this JVM against {@code java tlc2.TLC} in separate processes, both
 * sides measured in one run on the same machine, with the same workers and heap.
 */
package dev.admincvq.bench;
