package dev.admincvq.model;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The outcome of checking one spec with one configuration.
 *
 * @param spec the {@code .tla} file checked
 * @param config the {@code .cfg} file used
 * @param verdict what TLC concluded
 * @param violated the invariant or property TLC reported as violated, if it names one
 * @param distinctStates distinct states found (at the point TLC stopped)
 * @param totalStates states generated
 * @param stateDepth the depth of the state graph search (for a violation: the depth reached)
 * @param duration wall-clock time of the check
 * @param trace the counterexample, for a violation or deadlock
 * @param exitCode TLC's exit status ({@code 0, 10-13, 75-77, 150-153, 255})
 * @param problem why the check failed to run, for {@link Verdict#ERROR}
 */
public record CheckResult(
    Path spec,
    Path config,
    Verdict verdict,
    Optional<String> violated,
    long distinctStates,
    long totalStates,
    int stateDepth,
    Duration duration,
    Optional<Trace> trace,
    int exitCode,
    Optional<Problem> problem) {}
