package dev.admincvq.stress;

import java.nio.file.Path;

/**
 * What one stress run did, read off the machine's final abstract state.
 *
 * @param trace the trace file written
 * @param steps steps taken (trace events)
 * @param submitted commands submitted
 * @param staleEffects effects on an incarnation other than the command's ({@code NoStaleEffect})
 * @param lostCompletions submitted commands never completed
 * @param doubleCompletions commands completed more than once
 * @param invariantViolations the reference's invariant checks that failed at the end
 * @param destroys SR-IOV disables and VF resets taken
 * @param needsResets DEVICE_NEEDS_RESET events
 */
public record RunReport(
    Path trace,
    long steps,
    int submitted,
    int staleEffects,
    int lostCompletions,
    int doubleCompletions,
    int invariantViolations,
    int destroys,
    int needsResets) {}
