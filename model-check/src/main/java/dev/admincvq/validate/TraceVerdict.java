package dev.admincvq.validate;

import dev.admincvq.tlc.TraceReplayer;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The verdict on one trace file.
 *
 * @param file the trace
 * @param spec the trace spec it was checked against
 * @param events how many events it has
 * @param matched how many, from the first, form a behaviour of the spec (the longest validated
 *     prefix)
 * @param firstBad the first event that matches no step, with why; empty if the trace validates
 * @param rejection what TLC found at that event
 */
public record TraceVerdict(
    Path file,
    TraceSpec spec,
    int events,
    int matched,
    Optional<LoggedEvent> firstBad,
    Optional<TraceReplayer.Rejection> rejection) {

  /** Whether the whole trace is a behaviour of the spec. */
  public boolean accepted() {
    return firstBad.isEmpty() && rejection.isEmpty();
  }
}
