package dev.admincvq.matrix;

import dev.admincvq.model.CheckResult;
import dev.admincvq.model.Trace;
import java.util.ArrayList;
import java.util.List;

/** One model of the matrix: what the manifest expects and what TLC found. */
public record MatrixRow(ModelEntry model, CheckResult result) {

  /** Differences between expectation and result; empty when the model behaves as recorded. */
  public List<String> mismatches() {
    List<String> out = new ArrayList<>();
    if (result.verdict() != model.expected()) {
      out.add("expected " + model.expected() + ", got " + result.verdict()
          + result.problem().map(p -> " (" + p + ")").orElse(""));
      return out;
    }
    if (!result.violated().equals(model.violated())) {
      out.add("expected violation of " + model.violated().orElse("nothing")
          + ", got " + result.violated().orElse("nothing"));
    }
    if (result.distinctStates() != model.distinctStates() || result.totalStates() != model.totalStates()) {
      out.add("expected " + model.distinctStates() + "/" + model.totalStates()
          + " distinct/total states, got " + result.distinctStates() + "/" + result.totalStates());
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
}
