package dev.admincvq.stress;

import java.nio.file.Path;

/**
 * What one stress run did, read off the machine's final state.
 *
 * @param trace the trace file written
 * @param steps steps taken (trace events)
 * @param submitted commands submitted (admin CVQ and the VFs' own CVQs)
 * @param staleEffects commands that changed a generation other than the one they were meant for
 *     ({@code NoStaleEffect})
 * @param lostCompletions submitted commands never completed
 * @param doubleCompletions commands completed more than once
 * @param invariantViolations the spec's invariants violated at the end ({@code Invariants})
 * @param destroys SR-IOV disables taken
 * @param vfResets resets of a VF by its own driver
 * @param needsResets DEVICE_NEEDS_RESET raised
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
    int vfResets,
    int needsResets) {}
