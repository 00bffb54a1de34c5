package dev.admincvq.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.admincvq.model.CheckResult;
import dev.admincvq.model.State;
import dev.admincvq.model.Step;
import dev.admincvq.model.Trace;
import dev.admincvq.tlc.answer.HookReport;
import java.util.List;

/**
 * One check result as a JSON object: {@code spec, config, result, violated, distinctStates,
 * totalStates, stateDepth, seconds, exitCode, trace, problem}, and from {@code check --json}
 * {@code hooksApplied} ({@link #withHooks}). The trace is a list of steps
 * ({@code action}, {@code parameters}, {@code state}), values in ITF's encoding.
 */
public final class ResultJson {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private ResultJson() {}

  public static ObjectNode of(CheckResult r) {
    ObjectNode o = JSON.objectNode();
    o.put("spec", String.valueOf(r.spec()));
    o.put("config", String.valueOf(r.config()));
    o.put("result", r.verdict().label());
    if (r.violated().isPresent()) {
      o.put("violated", r.violated().get());
    } else {
      o.putNull("violated");
    }
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

  /** A trace's steps: each with its action, the action's parameters and the state, values in ITF. */
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
