package dev.admincvq.tlc.answer;

import java.util.List;
import java.util.Optional;

/**
 * A run that set a trace spec up and matched logs against it.
 *
 * @param run TLC's check of the trace spec (with an empty log)
 * @param logs one outcome per log, in order; empty when TLC could not set the spec up
 */
public record ReplayAnswer(RunAnswer run, Optional<List<LogAnswer>> logs) {}
