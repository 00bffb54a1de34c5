package dev.admincvq.bench;

import java.util.List;
import java.util.Locale;

/**
 * Part (c): trace validation of the same stress traces in this JVM ({@code TraceValidator}: the
 * spec parsed once) against one {@code java tlc2.TLC} process per trace (as CCF and etcd validate).
 *
 * @param commandsPerThread submissions per driver thread per run (the traces' length grows with it)
 * @param traces traces validated in this JVM
 * @param events their events
 * @param inProcessRuns wall-clock times to validate all of them in this JVM, each a campaign of its
 *     own (a fresh run: class loader, parse, cold code), in the order they ran; the machine is
 *     shared, so one second-long campaign may be slowed by others' work, and the median is taken
 * @param firstAloneSeconds wall-clock time to validate the first of them alone in this JVM, in a
 *     run of its own: what setting a run up costs (a fresh class loader, TLC's classes, the parse,
 *     code not yet compiled), plus one trace
 * @param sampled traces also validated by a process each (the first ones)
 * @param processSeconds wall-clock time of those processes, summed
 * @param disagreements sampled traces on whose verdict the two sides differ
 * @param rejected traces rejected in this JVM (0 expected: the traces come from the safe design)
 */
public record TraceValidationTiming(
    int commandsPerThread,
    int traces,
    long events,
    List<Double> inProcessRuns,
    double firstAloneSeconds,
    int sampled,
    double processSeconds,
    int disagreements,
    int rejected) {

  /** How many times the campaign is timed in this JVM. */
  public static final int RUNS = 3;

  public TraceValidationTiming {
    inProcessRuns = List.copyOf(inProcessRuns);
    if (inProcessRuns.isEmpty()) {
      throw new IllegalArgumentException("no campaign was timed");
    }
  }

  /** The median of {@link #inProcessRuns} (the lower middle of an even number). */
  public double inProcessSeconds() {
    List<Double> sorted = inProcessRuns.stream().sorted().toList();
    return sorted.get((sorted.size() - 1) / 2);
  }

  /** The goal: at least this many times faster per trace in this JVM. */
  public static final double GOAL = 100.0;

  /** Mean seconds per trace, in this JVM (the whole batch's time over its traces). */
  public double inProcessPerTrace() {
    return inProcessSeconds() / traces;
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

  /**
   * What setting up the run cost, estimated from the two runs in this JVM: with {@code t1} the
   * first trace alone and {@code T} all {@code n}, assuming every trace costs the same, {@code (n
   * t1 - T) / (n - 1)}, within {@code [0, T]}. The first trace alone runs cold, so this leans high.
   */
  public double setupSeconds() {
    if (traces < 2) {
      return Math.min(firstAloneSeconds, inProcessSeconds());
    }
    double s = (traces * firstAloneSeconds - inProcessSeconds()) / (traces - 1);
    return Math.max(0, Math.min(s, inProcessSeconds()));
  }

  /**
   * Why the goal is missed, from the measures: what setting up and an event cost in this JVM, and
   * what an event would have to cost; or, when setting the run up alone takes a trace's whole
   * budget, that no cost per event would meet the goal at this many traces.
   */
  public String why() {
    double budget = processPerTrace() / GOAL;
    double setupPerTrace = setupSeconds() / traces;
    double perEvent = 1000 * (inProcessSeconds() - setupSeconds()) / events;
    double eventsPerTrace = (double) events / traces;
    String eventsWould =
        budget > setupPerTrace
            ? String.format(
                Locale.ROOT,
                "the events alone would need %.3f ms each",
                1000 * (budget - setupPerTrace) / eventsPerTrace)
            : String.format(
                Locale.ROOT,
                "setting the run up alone is over that, whatever an event costs, at %d traces",
                traces);
    return String.format(
        Locale.ROOT,
        "%.0fx would need %.4f s per trace in this JVM; it took %.4f s: %.4f s of setting the run up (a fresh class loader, the parse, cold code: about %.2f s, shared by the %d traces) and %,d events at %.3f ms each (TLC's evaluation of the trace spec, and the event's passage into the run); %s",
        GOAL,
        budget,
        inProcessPerTrace(),
        setupPerTrace,
        setupSeconds(),
        traces,
        events / traces,
        perEvent,
        eventsWould);
  }

  public boolean ok() {
    return disagreements == 0 && rejected == 0;
  }
}
