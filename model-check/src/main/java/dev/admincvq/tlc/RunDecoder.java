package dev.admincvq.tlc;

import dev.admincvq.model.CheckResult;
import dev.admincvq.model.Problem;
import dev.admincvq.model.State;
import dev.admincvq.model.Step;
import dev.admincvq.model.TlaValue;
import dev.admincvq.model.Trace;
import dev.admincvq.model.Verdict;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Turns the JDK-typed answer of {@link TlcInside} into a {@link CheckResult}.
 *
 * <p>The answer's keys: {@code tlcCode}, {@code exitCode}, {@code violationCode}, {@code violated},
 * {@code generated}, {@code distinct}, {@code depth}, {@code errors} ({@code [code, param..]}),
 * {@code trace} ({@code {action, params, state}} per step), {@code loopBackTo}, {@code stutters},
 * {@code output} (TLC's human-readable text, used only to explain an error).
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

  static CheckResult decode(Path spec, Path config, Map<String, Object> answer, Duration took) {
    int tlcCode = intOf(answer, "tlcCode", -1);
    int exitCode = intOf(answer, "exitCode", 255);
    Optional<Integer> violation = Optional.ofNullable((Integer) answer.get("violationCode"));
    Verdict verdict = violation.map(RunDecoder::verdictOf).orElse(tlcCode == NO_ERROR ? Verdict.SUCCESS : Verdict.ERROR);
    Optional<Problem> problem =
        verdict == Verdict.ERROR ? Optional.of(ProblemLocator.locate(spec, config, answer)) : Optional.empty();
    return new CheckResult(
        spec,
        config,
        verdict,
        Optional.ofNullable((String) answer.get("violated")),
        longOf(answer, "distinct"),
        longOf(answer, "generated"),
        (int) longOf(answer, "depth"),
        took,
        traceOf(answer),
        exitCode,
        problem);
  }

  private static Verdict verdictOf(int code) {
    return switch (code) {
      case INVARIANT_VIOLATED_INITIAL, INVARIANT_VIOLATED_BEHAVIOR, ACTION_PROPERTY_VIOLATED_BEHAVIOR ->
          Verdict.SAFETY_FAILURE;
      case TEMPORAL_PROPERTY_VIOLATED -> Verdict.LIVENESS_FAILURE;
      case DEADLOCK_REACHED -> Verdict.DEADLOCK;
      default -> Verdict.ERROR;
    };
  }

  private static int intOf(Map<String, Object> answer, String key, int otherwise) {
    Object v = answer.get(key);
    return v instanceof Integer i ? i : otherwise;
  }

  private static long longOf(Map<String, Object> answer, String key) {
    Object v = answer.get(key);
    return v instanceof Long l ? Math.max(0, l) : 0;
  }

  private static Optional<Trace> traceOf(Map<String, Object> answer) {
    Object raw = answer.get("trace");
    if (!(raw instanceof List<?> list)) {
      return Optional.empty();
    }
    List<Step> steps = new ArrayList<>();
    int number = 1;
    for (Object o : list) {
      if (!(o instanceof Map<?, ?> step)) {
        continue;
      }
      steps.add(
          new Step(
              number++,
              String.valueOf(step.get("action")),
              bindingsOf(step.get("params")),
              new State(bindingsOf(step.get("state")))));
    }
    long loop = longOf(answer, "loopBackTo");
    boolean stutters = Boolean.TRUE.equals(answer.get("stutters"));
    return Optional.of(
        new Trace(steps, loop > 0 ? OptionalInt.of((int) loop) : OptionalInt.empty(), stutters));
  }

  static List<State.Binding> bindingsOf(@Nullable Object raw) {
    List<State.Binding> out = new ArrayList<>();
    for (Object o : listOf(raw)) {
      List<?> pair = listOf(o);
      out.add(new State.Binding(String.valueOf(pair.get(0)), valueOf(pair.get(1))));
    }
    return out;
  }

  /** {@code raw} as a list; the answer's lists never hold nulls. */
  static List<?> listOf(@Nullable Object raw) {
    return raw instanceof List<?> list ? list : List.of();
  }

  /** Decodes the tagged form of {@link TlcInside#valueOf}. */
  static TlaValue valueOf(@Nullable Object raw) {
    if (raw instanceof Boolean b) {
      return new TlaValue.Bool(b);
    }
    if (raw instanceof String text) {
      return new TlaValue.Str(text);
    }
    if (!(raw instanceof Map<?, ?> tagged) || tagged.isEmpty()) {
      return new TlaValue.Opaque(String.valueOf(raw));
    }
    Map.Entry<?, ?> only = tagged.entrySet().iterator().next();
    Object content = only.getValue();
    return switch (String.valueOf(only.getKey())) {
      case "#bigint" -> new TlaValue.Int(new BigInteger(String.valueOf(content)));
      case "#modelValue" -> new TlaValue.ModelValue(String.valueOf(content));
      case "#set" -> new TlaValue.SetOf(elementsOf(content));
      case "#seq" -> new TlaValue.Seq(elementsOf(content));
      case "#rec" -> new TlaValue.Rec(pairsOf(content, (k, v) -> new TlaValue.Rec.Field(String.valueOf(k), valueOf(v))));
      case "#map" -> new TlaValue.Fcn(pairsOf(content, (k, v) -> new TlaValue.Fcn.Pair(valueOf(k), valueOf(v))));
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

  private static List<TlaValue> elementsOf(@Nullable Object content) {
    List<TlaValue> out = new ArrayList<>();
    for (Object e : listOf(content)) {
      out.add(valueOf(e));
    }
    return out;
  }
}
