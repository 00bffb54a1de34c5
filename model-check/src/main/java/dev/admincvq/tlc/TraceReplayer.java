package dev.admincvq.tlc;

import dev.admincvq.model.State;
import dev.admincvq.model.TlaValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Matches logs of events against a trace spec with TLC's own evaluator, in one isolated run for
 * many logs (see {@link TraceInside}): the spec is parsed once, not once per log.
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
    Path metaRoot = TempDirectory.create("admincvq-replay-");
    try {
      Path configCopy = RunSetup.copyConfig(config, metaRoot);
      String[] args = RunSetup.arguments(1, configCopy, metaRoot, spec);
      String[] paths = RunSetup.searchPath(spec, libraryPaths, library.directory(), metaRoot);
      List<Object> encoded = new ArrayList<>();
      for (List<TlaValue.Rec> log : logs) {
        List<Object> events = new ArrayList<>();
        for (TlaValue.Rec e : log) {
          events.add(RunEncoder.tagged(e));
        }
        encoded.add(events);
      }
      return decode(tlc.replay(args, paths, encoded), logs.size());
    } finally {
      TempDirectory.delete(metaRoot);
    }
  }

  private static List<Outcome> decode(Map<String, Object> answer, int expected) {
    if (!(answer.get("logs") instanceof List<?> logs) || logs.size() != expected) {
      @Nullable Object crash = answer.get("crash");
      throw new IllegalArgumentException(
          "TLC could not set up the trace spec"
              + (crash != null ? ": " + crash : "")
              + "\n"
              + answer.getOrDefault("output", ""));
    }
    List<Outcome> out = new ArrayList<>();
    for (Object raw : logs) {
      if (!(raw instanceof Map<?, ?> log)) {
        throw new IllegalStateException("not a log outcome: " + raw);
      }
      int matched = log.get("matched") instanceof Integer i ? i : 0;
      if (Boolean.TRUE.equals(log.get("accepted"))) {
        out.add(new Outcome(matched, Optional.empty()));
        continue;
      }
      List<State> candidates = new ArrayList<>();
      for (Object s : RunDecoder.listOf(log.get("candidates"))) {
        candidates.add(new State(RunDecoder.bindingsOf(s)));
      }
      @Nullable Object reported = log.get("reported");
      List<String> disagreements = new ArrayList<>();
      if (log.get("disagreements") != null
          && RunDecoder.valueOf(log.get("disagreements")) instanceof TlaValue.SetOf fields) {
        for (TlaValue f : fields.elements()) {
          disagreements.add(f instanceof TlaValue.Str s ? s.value() : f.toString());
        }
      }
      @Nullable Object error = log.get("error");
      out.add(
          new Outcome(
              matched,
              Optional.of(
                  new Rejection(
                      log.get("candidateCount") instanceof Integer n ? n : candidates.size(),
                      candidates,
                      Boolean.TRUE.equals(log.get("enabled")),
                      reported == null ? Optional.empty() : Optional.of(RunDecoder.valueOf(reported)),
                      disagreements,
                      error == null ? Optional.empty() : Optional.of(String.valueOf(error))))));
    }
    return out;
  }
}
