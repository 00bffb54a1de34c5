package dev.admincvq.bench;

import java.util.Locale;

/**
 * Part (c): trace validation of the same stress traces in this JVM ({@code TraceValidator}: the
 * spec parsed once) against one {@code java tlc2.TLC} process per trace (as CCF and etcd validate).
 *
 * @param commandsPerThread submissions per driver thread per run (the traces' length grows with it)
 * @param traces traces validated in this JVM
 * @param events their events
 * @param inProcessSeconds wall-clock time to validate all of them in this JVM
 * @param sampled traces also validated by a process each (the first ones)
 * @param processSeconds wall-clock time of those processes, summed
 * @param disagreements sampled traces on whose verdict the two sides differ
 * @param rejected traces rejected in this JVM (0 expected: the traces come from the safe design)
 */
public record TraceValidationTiming(
    int commandsPerThread,
    int traces,
    long events,
    double inProcessSeconds,
    int sampled,
    double processSeconds,
    int disagreements,
    int rejected) {

  /** The goal: at least this many times faster per trace in this JVM. */
  public static final double GOAL = 100.0;

  /** Mean seconds per trace, in this JVM (the whole batch's time over its traces). */
  public double inProcessPerTrace() {
    return inProcessSeconds / traces;
  }

  /** Mean seconds per trace, one process each. */
  public double processPerTrace() {
    return processSeconds / sampled;
  }

  /** Process per trace / in-JVM per trace. */
  public double speedup() {
    return processPerTrace() / inProcessPerTrace();
  }

  public boolean goalMet() {
    return speedup() >= GOAL;
  }

  /** Why the goal is missed, from the measures: what an event costs in this JVM. */
  public String why() {
    return String.format(
        Locale.ROOT,
        "%,d events per trace at %.2f ms each in this JVM (TLC's evaluation of the trace spec, not start-up); %.0fx would need %.4f s per trace, %.2f ms per event",
        events / traces,
        1000 * inProcessSeconds / events,
        GOAL,
        processPerTrace() / GOAL,
        1000 * processPerTrace() / GOAL / ((double) events / traces));
  }

  public boolean ok() {
    return disagreements == 0 && rejected == 0;
  }
}
