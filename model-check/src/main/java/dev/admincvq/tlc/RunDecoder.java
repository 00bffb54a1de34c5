package dev.admincvq.tlc;

import dev.admincvq.model.CheckResult;
import dev.admincvq.model.Problem;
import dev.admincvq.model.State;
import dev.admincvq.model.Step;
import dev.admincvq.model.TlaValue;
import dev.admincvq.model.Trace;
import dev.admincvq.model.Verdict;
import dev.admincvq.tlc.answer.Binding;
import dev.admincvq.tlc.answer.RunAnswer;
import dev.admincvq.tlc.answer.StepAnswer;
import dev.admincvq.tlc.answer.TraceAnswer;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Turns the answers of a run ({@code dev.admincvq.tlc.answer}) into {@code model} records: a {@link
 * CheckResult}, states, and TLA+ values from their tagged form ({@link Binding}).
 */
final class RunDecoder {
  // Message codes of tlc2.output.EC (TLC2 2.18), the only ones the verdict depends on.
  static final int NO_ERROR = 0;
  static final int INVARIANT_VIOLATED_INITIAL = 2107;
  static final int INVARIANT_VIOLATED_BEHAVIOR = 2110;
  static final int ACTION_PROPERTY_VIOLATED_BEHAVIOR = 2112;
  static final int DEADLOCK_REACHED = 2114;
  static final int TEMPORAL_PROPERTY_VIOLATED = 2116;

  private RunDecoder() {}

  static CheckResult decode(Path spec, Path config, RunAnswer answer, Duration took) {
    OptionalInt violation = answer.violationCode();
    Verdict verdict =
        violation.isPresent()
            ? verdictOf(violation.getAsInt())
            : answer.tlcCode() == NO_ERROR ? Verdict.SUCCESS : Verdict.ERROR;
    Optional<Problem> problem =
        verdict == Verdict.ERROR
            ? Optional.of(ProblemLocator.locate(spec, config, answer.output(), answer.crash()))
            : Optional.empty();
    return new CheckResult(
        spec,
        config,
        verdict,
        answer.violated(),
        Math.max(0, answer.distinct()),
        Math.max(0, answer.generated()),
        (int) Math.max(0, answer.depth()),
        took,
        answer.trace().map(RunDecoder::traceOf),
        exitCode(answer.exitCode(), config, problem),
        problem);
  }

  // TLC's exit statuses (tlc2.output.EC.ExitStatus): its catch-all, and what it is mapped to.
  static final int TLC_CATCH_ALL = 255;
  static final int SPEC_ERROR = 150;
  static final int CONFIG_ERROR = 151;
  static final int SYSTEM_ERROR = 153;

  /**
   * TLC's exit status, but never its catch-all 255 (which it gives, for one, to a configuration it
   * cannot parse): a problem located in the configuration is 151 (a configuration error), one in a
   * module 150 (a spec error), anything else 153 (TLC's "system error").
   */
  static int exitCode(int tlcExit, Path config, Optional<Problem> problem) {
    if (tlcExit != TLC_CATCH_ALL) {
      return tlcExit;
    }
    String file = problem.map(Problem::file).orElse("");
    Path name = Path.of(file).getFileName();
    if (!file.isEmpty() && name != null && name.equals(config.getFileName())) {
      return CONFIG_ERROR;
    }
    if (file.endsWith(".tla")) {
      return SPEC_ERROR;
    }
    return SYSTEM_ERROR;
  }

  private static Verdict verdictOf(int code) {
    return switch (code) {
      case INVARIANT_VIOLATED_INITIAL,
          INVARIANT_VIOLATED_BEHAVIOR,
          ACTION_PROPERTY_VIOLATED_BEHAVIOR ->
          Verdict.SAFETY_FAILURE;
      case TEMPORAL_PROPERTY_VIOLATED -> Verdict.LIVENESS_FAILURE;
      case DEADLOCK_REACHED -> Verdict.DEADLOCK;
      default -> Verdict.ERROR;
    };
  }

  static Trace traceOf(TraceAnswer answer) {
    List<Step> steps = new ArrayList<>();
    int number = 1;
    for (StepAnswer step : answer.steps()) {
      steps.add(
          new Step(
              number++,
              step.action(),
              bindingsOf(step.parameters()),
              new State(bindingsOf(step.state()))));
    }
    long loop = answer.loopBackTo();
    return new Trace(
        steps, loop > 0 ? OptionalInt.of((int) loop) : OptionalInt.empty(), answer.stutters());
  }

  /** The bindings decoded, each value on its own. */
  static List<State.Binding> bindingsOf(List<Binding> bindings) {
    List<State.Binding> out = new ArrayList<>(bindings.size());
    for (Binding b : bindings) {
      out.add(new State.Binding(b.name(), valueOf(b.value())));
    }
    return out;
  }

  /** {@code raw} as a list; the answer's lists never hold nulls. */
  static List<?> listOf(@Nullable Object raw) {
    return raw instanceof List<?> list ? list : List.of();
  }

  /** Decodes the tagged form of {@link Binding}. */
  static TlaValue valueOf(@Nullable Object raw) {
    return valueOf(raw, RunDecoder::valueOf);
  }

  /** Decodes the tagged form of {@link Binding}, its parts by {@code part}. */
  static TlaValue valueOf(@Nullable Object raw, Function<@Nullable Object, TlaValue> part) {
    if (raw instanceof Boolean b) {
      return new TlaValue.Bool(b);
    }
    if (raw instanceof String text) {
      return new TlaValue.Str(text);
    }
    if (raw instanceof Integer n) {
      return new TlaValue.Int(BigInteger.valueOf(n));
    }
    if (!(raw instanceof Map<?, ?> tagged) || tagged.isEmpty()) {
      return new TlaValue.Opaque(String.valueOf(raw));
    }
    Map.Entry<?, ?> only = tagged.entrySet().iterator().next();
    Object content = only.getValue();
    return switch (String.valueOf(only.getKey())) {
      case "#bigint" -> new TlaValue.Int(new BigInteger(String.valueOf(content)));
      case "#modelValue" -> new TlaValue.ModelValue(String.valueOf(content));
      case "#set" -> new TlaValue.SetOf(elementsOf(content, part));
      case "#seq" -> new TlaValue.Seq(elementsOf(content, part));
      case "#rec" ->
          new TlaValue.Rec(
              pairsOf(content, (k, v) -> new TlaValue.Rec.Field(String.valueOf(k), part.apply(v))));
      case "#map" ->
          new TlaValue.Fcn(
              pairsOf(content, (k, v) -> new TlaValue.Fcn.Pair(part.apply(k), part.apply(v))));
      default -> new TlaValue.Opaque(String.valueOf(content));
    };
  }

  private static <T> List<T> pairsOf(
      @Nullable Object content, BiFunction<@Nullable Object, @Nullable Object, T> make) {
    List<T> out = new ArrayList<>();
    for (Object f : listOf(content)) {
      List<?> pair = listOf(f);
      out.add(make.apply(pair.get(0), pair.get(1)));
    }
    return out;
  }

  private static List<TlaValue> elementsOf(
      @Nullable Object content, Function<@Nullable Object, TlaValue> part) {
    List<TlaValue> out = new ArrayList<>();
    for (Object e : listOf(content)) {
      out.add(part.apply(e));
    }
    return out;
  }
}
