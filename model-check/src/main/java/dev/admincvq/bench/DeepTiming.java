package dev.admincvq.bench;

import dev.admincvq.deep.DeepRow;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Part (f): the deep tier, every design of the matrix at the larger bounds ({@code matrix --deep}).
 *
 * @param rows each design's result
 * @param seconds wall-clock time of the whole tier
 * @param bounds the tier's bounds
 * @param workers TLC workers per model
 * @param jobs designs checked at once
 */
public record DeepTiming(
    List<DeepRow> rows, double seconds, Map<String, Integer> bounds, int workers, int jobs) {
  /** Issue 13's goal for the whole tier on two cores. */
  public static final double GOAL_SECONDS = 600.0;

  public DeepTiming {
    rows = List.copyOf(rows);
    bounds = Collections.unmodifiableMap(new LinkedHashMap<>(bounds));
  }

  public boolean goalMet() {
    return seconds < GOAL_SECONDS;
  }

  /** Designs that give the quick tier's verdict. */
  public long same() {
    return rows.stream().filter(DeepRow::asExpected).count();
  }

  /** Distinct states over all designs. */
  public long distinctStates() {
    return rows.stream().mapToLong(r -> r.result().distinctStates()).sum();
  }

  /** Whether every design gives the quick tier's verdict. */
  public boolean ok() {
    return same() == rows.size();
  }
}
