package dev.admincvq.bench;

import dev.admincvq.model.CheckResult;
import dev.admincvq.tlc.ProcessTlc;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one side of a comparison found, and how long it took.
 *
 * @param seconds wall-clock time: for the embedded side the whole {@code TlcChecker.check} call,
 *     for a process from its start to its exit (JVM start-up included)
 * @param exitCode TLC's exit status
 * @param distinct distinct states
 * @param total states generated
 * @param depth search depth (0 when a process did not report one)
 * @param violated the invariant reported violated, if any
 */
public record Measured(
    double seconds, int exitCode, long distinct, long total, int depth, Optional<String> violated) {

  static Measured of(CheckResult r, long nanos) {
    return new Measured(
        nanos / 1e9,
        r.exitCode(),
        r.distinctStates(),
        r.totalStates(),
        r.stateDepth(),
        r.violated());
  }

  static Measured of(ProcessTlc.Outcome o) {
    return new Measured(
        o.duration().toNanos() / 1e9,
        o.exitCode(),
        o.distinct(),
        o.generated(),
        o.depth(),
        o.violated());
  }

  /**
   * How this (embedded) result differs from {@code process}: exit code, state counts, and the
   * violated invariant when the process names one (a process names invariants only).
   */
  List<String> differencesFrom(Measured process) {
    List<String> out = new ArrayList<>();
    if (exitCode != process.exitCode) {
      out.add("exit code " + exitCode + " embedded, " + process.exitCode + " as a process");
    }
    if (distinct != process.distinct || total != process.total) {
      out.add(
          "states "
              + distinct
              + "/"
              + total
              + " embedded, "
              + process.distinct
              + "/"
              + process.total
              + " as a process (distinct/total)");
    }
    if (process.violated.isPresent() && !process.violated.equals(violated)) {
      out.add(
          "violated "
              + violated.orElse("nothing")
              + " embedded, "
              + process.violated.get()
              + " as a process");
    }
    return List.copyOf(out);
  }
}
