package dev.admincvq.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.admincvq.model.CheckResult;
import dev.admincvq.model.State;
import dev.admincvq.model.Step;
import dev.admincvq.model.Trace;
import dev.admincvq.model.Verdict;
import dev.admincvq.tlc.answer.HookReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One check result as a JSON object: {@code spec, config, result, violated, distinctStates,
 * totalStates, stateDepth, seconds, exitCode, trace, problem}, and from {@code check --json} {@code
 * hooksApplied} ({@link #withHooks}). The trace is a list of steps ({@code action}, {@code
 * parameters}, {@code state}), values in ITF's encoding.
 */
public final class ResultJson {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private ResultJson() {}

  public static ObjectNode of(CheckResult r) {
    ObjectNode o = head(r.spec(), r.config(), r.verdict(), r.violated());
    o.put("distinctStates", r.distinctStates());
    o.put("totalStates", r.totalStates());
    o.put("stateDepth", r.stateDepth());
    o.put("seconds", r.duration().toMillis() / 1000.0);
    o.put("exitCode", r.exitCode());
    if (r.trace().isPresent()) {
      o.set("trace", steps(r.trace().get()));
      r.trace().get().loopsBackTo().ifPresent(loop -> o.put("loopsBackTo", loop));
    } else {
      o.putNull("trace");
    }
    if (r.problem().isPresent()) {
      ObjectNode p = o.putObject("problem");
      p.put("file", r.problem().get().file());
      p.put("line", r.problem().get().line());
      p.put("column", r.problem().get().column());
      p.put("message", r.problem().get().message());
    }
    return o;
  }

  /** The fields every result starts with: {@code spec, config, result, violated} (null if none). */
  public static ObjectNode head(
      Path spec, Path config, Verdict verdict, Optional<String> violated) {
    ObjectNode o = JSON.objectNode();
    o.put("spec", String.valueOf(spec));
    o.put("config", String.valueOf(config));
    o.put("result", verdict.label());
    if (violated.isPresent()) {
      o.put("violated", violated.get());
    } else {
      o.putNull("violated");
    }
    return o;
  }

  /**
   * A trace's steps: each with its action, the action's parameters and the state, values in ITF.
   */
  public static ArrayNode steps(Trace trace) {
    ArrayNode steps = JSON.arrayNode();
    for (Step step : trace.steps()) {
      ObjectNode s = steps.addObject();
      s.put("action", step.action());
      ObjectNode params = s.putObject("parameters");
      for (State.Binding p : step.parameters()) {
        params.set(p.variable(), ItfWriter.value(p.value()));
      }
      ObjectNode state = s.putObject("state");
      for (State.Binding b : step.state().bindings()) {
        state.set(b.variable(), ItfWriter.value(b.value()));
      }
    }
    return steps;
  }

  /**
   * {@code json} with a last field {@code hooksApplied}: the names of the hooks into TLC's and the
   * JDK's internals that took effect in the run (those that did not are left out).
   */
  public static ObjectNode withHooks(ObjectNode json, List<HookReport> hooks) {
    ArrayNode applied = json.putArray("hooksApplied");
    for (HookReport h : hooks) {
      if (h.applied()) {
        applied.add(h.hook());
      }
    }
    return json;
  }
}
