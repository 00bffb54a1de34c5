package dev.admincvq.matrix;

import dev.admincvq.model.CheckResult;
import dev.admincvq.model.Trace;
import dev.admincvq.model.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One model of the matrix: what the manifest expects and what TLC found. */
public record MatrixRow(ModelEntry model, CheckResult result) {

  /** Differences between expectation and result; empty when the model behaves as recorded. */
  public List<String> mismatches() {
    List<String> out = new ArrayList<>();
    if (result.verdict() != model.expected()) {
      out.add(
          "expected "
              + model.expected()
              + ", got "
              + result.verdict()
              + result.problem().map(p -> " (" + p + ")").orElse(""));
      return out;
    }
    if (!result.violated().equals(model.violated())) {
      out.add(
          "expected violation of "
              + model.violated().orElse("nothing")
              + ", got "
              + result.violated().orElse("nothing"));
    }
    if (result.distinctStates() != model.distinctStates()
        || result.totalStates() != model.totalStates()) {
      out.add(
          "expected "
              + model.distinctStates()
              + "/"
              + model.totalStates()
              + " distinct/total states, got "
              + result.distinctStates()
              + "/"
              + result.totalStates());
    }
    if (result.stateDepth() != model.stateDepth()) {
      out.add("expected depth " + model.stateDepth() + ", got " + result.stateDepth());
    }
    int length = result.trace().map(Trace::length).orElse(0);
    if (model.traceLength().isPresent() && model.traceLength().getAsInt() != length) {
      out.add("expected a trace of " + model.traceLength().getAsInt() + " states, got " + length);
    }
    return List.copyOf(out);
  }

  /** Whether the model gave exactly what the manifest records. */
  public boolean asExpected() {
    return mismatches().isEmpty();
  }

  /** What one run of a model establishes of one property it checks. */
  public enum Decided {
    /** The model succeeded: TLC found every property of its configuration to hold. */
    HOLDS("holds"),
    /** TLC's counterexample is to this property. */
    VIOLATED("violated"),
    /**
     * Not established by this run: TLC stopped at another property's counterexample (or a deadlock,
     * or an error) first. {@code matrix --properties} checks each property on its own.
     */
    NOT_DECIDED("not decided");

    private final String word;

    Decided(String word) {
      this.word = word;
    }

    /** {@code holds}, {@code violated}, {@code not decided}: the JSON's word for it. */
    public String word() {
      return word;
    }
  }

  /**
   * Each invariant and property the model's configuration checks, in its order, with what this run
   * established of it: all hold when the model succeeded; the one TLC names is violated; every
   * other is not decided. Nothing is inferred beyond what TLC reported.
   *
   * @throws UncheckedIOException when the configuration cannot be read any more
   */
  public Map<String, Decided> decided() {
    ModelConfig cfg;
    try {
      cfg = ModelConfig.parse(Files.readString(model.config(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + model.config(), e);
    }
    List<String> checked = new ArrayList<>(cfg.invariants());
    checked.addAll(cfg.properties());
    Map<String, Decided> out = new LinkedHashMap<>();
    for (String p : checked) {
      Decided d =
          result.verdict() == Verdict.SUCCESS
              ? Decided.HOLDS
              : result.violated().filter(p::equals).isPresent()
                  ? Decided.VIOLATED
                  : Decided.NOT_DECIDED;
      out.put(p, d);
    }
    return Collections.unmodifiableMap(out);
  }
}
