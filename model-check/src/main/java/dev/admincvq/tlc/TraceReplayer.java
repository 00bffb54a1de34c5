package dev.admincvq.tlc;

import dev.admincvq.model.State;
import dev.admincvq.model.TlaValue;
import dev.admincvq.tlc.answer.Binding;
import dev.admincvq.tlc.answer.LogAnswer;
import dev.admincvq.tlc.answer.ReplayAnswer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Matches logs of events against a trace spec with TLC's own evaluator, in one isolated run for
 * many logs (see {@code inside.TraceReplay}): the spec is parsed once, not once per log.
 */
public final class TraceReplayer {
  private final IsolatedTlc tlc;
  private final LibraryModules library;

  private TraceReplayer(IsolatedTlc tlc, LibraryModules library) {
    this.tlc = tlc;
    this.library = library;
  }

  /** A replayer using this application's TLC and the bundled library modules. */
  public static TraceReplayer create() {
    return new TraceReplayer(IsolatedTlc.fromApplicationClassPath(), LibraryModules.bundled());
  }

  /**
   * How far one log matched.
   *
   * @param matched events matched from the start
   * @param rejection why the next event matched no step; empty if the log was accepted
   */
  public record Outcome(int matched, Optional<Rejection> rejection) {
    /** Whether every event matched. */
    public boolean accepted() {
      return rejection.isEmpty();
    }
  }

  /**
   * Why an event matched no step.
   *
   * @param candidateCount how many states the matched prefix could have led to
   * @param candidates some of them (at most three)
   * @param enabled whether the event's action, with its parameters, is enabled in the first
   * @param reported what the spec says must be reported of that step, when enabled
   * @param disagreements the reported fields whose value differs from the spec's
   * @param error TLC's evaluation error, if the event could not be evaluated at all
   */
  public record Rejection(
      int candidateCount,
      List<State> candidates,
      boolean enabled,
      Optional<TlaValue> reported,
      List<String> disagreements,
      Optional<String> error) {}

  /**
   * Matches every log against {@code spec} under {@code config}.
   *
   * @param spec the trace spec's root module (defining {@code Accept}, {@code Move}, {@code
   *     Reported}, {@code Disagreements})
   * @param config its configuration; its log constant should be bound to an empty log
   * @param libraryPaths further directories for modules the spec extends
   * @param logs the logs, each a list of event records
   * @return one outcome per log, in order
   * @throws IllegalArgumentException if TLC cannot set up the trace spec
   */
  public List<Outcome> replay(
      Path spec, Path config, List<Path> libraryPaths, List<List<TlaValue.Rec>> logs) {
    List<List<Object>> encoded = new ArrayList<>();
    for (List<TlaValue.Rec> log : logs) {
      List<Object> events = new ArrayList<>();
      for (TlaValue.Rec e : log) {
        events.add(RunEncoder.tagged(e));
      }
      encoded.add(events);
    }
    ReplayAnswer answer =
        RunSetup.inRunDirectory(
                "admincvq-replay-",
                spec,
                Optional.of(config),
                1,
                libraryPaths,
                library,
                dir -> tlc.replay(dir.input(), encoded))
            .answer();
    return decode(answer, logs.size());
  }

  private static List<Outcome> decode(ReplayAnswer answer, int expected) {
    List<LogAnswer> logs = answer.logs().orElse(List.of());
    if (answer.logs().isEmpty() || logs.size() != expected) {
      throw new IllegalArgumentException(
          "TLC could not set up the trace spec"
              + answer.run().crash().map(c -> ": " + c).orElse("")
              + "\n"
              + answer.run().output());
    }
    List<Outcome> out = new ArrayList<>();
    for (LogAnswer log : logs) {
      if (log.accepted()) {
        out.add(new Outcome(log.matched(), Optional.empty()));
        continue;
      }
      List<State> candidates = new ArrayList<>();
      for (List<Binding> s : log.candidates()) {
        candidates.add(new State(RunDecoder.bindingsOf(s)));
      }
      List<String> disagreements = new ArrayList<>();
      if (log.disagreements().isPresent()
          && RunDecoder.valueOf(log.disagreements().get()) instanceof TlaValue.SetOf fields) {
        for (TlaValue f : fields.elements()) {
          disagreements.add(f instanceof TlaValue.Str s ? s.value() : f.toString());
        }
      }
      out.add(
          new Outcome(
              log.matched(),
              Optional.of(
                  new Rejection(
                      log.candidateCount(),
                      candidates,
                      log.enabled(),
                      log.reported().map(RunDecoder::valueOf),
                      disagreements,
                      log.error()))));
    }
    return out;
  }
}
