package dev.admincvq.bench;

import dev.admincvq.deep.DeepRow;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Part (f): the deep tier, every design of the matrix at the larger bounds ({@code matrix --deep}).
 *
 * @param rows each design's result
 * @param seconds wall-clock time of the whole tier
 * @param cpuSeconds CPU time this JVM used during the tier (all its threads)
 * @param bounds the tier's bounds
 * @param workers TLC workers per model
 * @param jobs designs checked at once
 * @param vsRaw each design that holds every invariant, checked again after the tier, in this JVM
 *     and by {@code java tlc2.TLC} in a process of its own at the same time, in manifest order
 */
public record DeepTiming(
    List<DeepRow> rows,
    double seconds,
    double cpuSeconds,
    Map<String, Integer> bounds,
    int workers,
    int jobs,
    List<DeepVsRaw> vsRaw) {
  /** Issue 13's goal for the whole tier on two cores. */
  public static final double GOAL_SECONDS = 600.0;

  public DeepTiming {
    rows = List.copyOf(rows);
    vsRaw = List.copyOf(vsRaw);
    bounds = Collections.unmodifiableMap(new LinkedHashMap<>(bounds));
  }

  public boolean goalMet() {
    return seconds < GOAL_SECONDS;
  }

  /**
   * Why the goal is missed, from the measures: the CPU the tier took over its threads is the wall
   * time it needs with every thread busy throughout; above the goal, the cost per state misses it,
   * below, the threads stood idle.
   */
  public String why() {
    if (cpuSeconds <= 0) {
      return "this JVM cannot tell the CPU time it used";
    }
    int threads = workers * jobs;
    double busy = cpuSeconds / threads;
    return String.format(
            Locale.ROOT,
            "%.0f s of CPU over %d threads: %.0f s with every thread busy throughout, %,.0f distinct states per CPU second; ",
            cpuSeconds,
            threads,
            busy,
            distinctStates() / cpuSeconds)
        + (busy >= GOAL_SECONDS
            ? "the work alone is over the goal, whatever the scheduling"
            : String.format(
                Locale.ROOT,
                "the threads stood idle for %.0f s of the %.0f s",
                seconds - busy,
                seconds));
  }

  /** Designs that give the quick tier's verdict. */
  public long same() {
    return rows.stream().filter(DeepRow::asExpected).count();
  }

  /** Distinct states over all designs. */
  public long distinctStates() {
    return rows.stream().mapToLong(r -> r.result().distinctStates()).sum();
  }

  /**
   * This JVM's states per second over {@code java tlc2.TLC}'s, over all of {@link #vsRaw}: the
   * process's seconds over this JVM's for the same states; empty when no design holds.
   */
  public OptionalDouble statesPerSecondVsRaw() {
    double embedded = vsRaw.stream().mapToDouble(r -> r.embedded().seconds()).sum();
    double raw = vsRaw.stream().mapToDouble(r -> r.raw().seconds()).sum();
    return vsRaw.isEmpty() || embedded <= 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(raw / embedded);
  }

  /**
   * Whether every design gives the quick tier's verdict, and each process checked the same states
   * as this JVM.
   */
  public boolean ok() {
    return same() == rows.size() && vsRaw.stream().allMatch(DeepVsRaw::agrees);
  }
}
