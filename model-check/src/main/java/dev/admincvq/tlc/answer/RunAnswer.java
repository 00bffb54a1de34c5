package dev.admincvq.tlc.answer;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What one TLC run answers.
 *
 * @param tlcCode TLC's own result code ({@code tlc2.output.EC}: 0 for no error)
 * @param exitCode the exit status a {@code java tlc2.TLC} process would have had
 * @param violationCode the message code of the violation TLC reported first, if any
 * @param violated the property or invariant violated, when TLC names it
 * @param generated states generated (-1 if TLC did not say)
 * @param distinct distinct states (-1 if TLC did not say)
 * @param depth search depth (-1 if TLC did not say)
 * @param trace the counterexample, if TLC printed one
 * @param output TLC's human-readable text (used only to explain an error)
 * @param crash what TLC threw, if it did
 * @param hooks the hooks into TLC's internals used inside the run, and whether each applied
 */
public record RunAnswer(
    int tlcCode,
    int exitCode,
    OptionalInt violationCode,
    Optional<String> violated,
    long generated,
    long distinct,
    long depth,
    Optional<TraceAnswer> trace,
    String output,
    Optional<String> crash,
    List<HookReport> hooks) {
  public RunAnswer {
    hooks = List.copyOf(hooks);
  }
}
