package dev.admincvq.tlc.answer;

import java.util.List;
import java.util.Optional;

/**
 * How far one log of events matched a trace spec.
 *
 * @param matched events matched from the start
 * @param accepted whether every event matched
 * @param candidates some states the matched prefix led to (none when accepted)
 * @param candidateCount how many states it led to (0 when accepted)
 * @param enabled whether the next event's action was enabled in the first candidate
 * @param reported what the spec says must be reported of that step (tagged), when enabled
 * @param disagreements the set of fields that differ (tagged), when enabled
 * @param error TLC's evaluation error, if the event could not be evaluated
 */
public record LogAnswer(
    int matched,
    boolean accepted,
    List<List<Binding>> candidates,
    int candidateCount,
    boolean enabled,
    Optional<Object> reported,
    Optional<Object> disagreements,
    Optional<String> error) {
  public LogAnswer {
    candidates = List.copyOf(candidates);
  }
}
