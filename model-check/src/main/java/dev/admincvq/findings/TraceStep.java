package dev.admincvq.findings;

import dev.admincvq.model.Difference;
import dev.admincvq.model.State;
import dev.admincvq.model.Step;
import dev.admincvq.model.TlaValue;
import dev.admincvq.model.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One step of a finding's counterexample: the action with its parameters and what it changed.
 *
 * @param number the step's position, 1 being the initial state ({@code Init})
 * @param action the spec action, e.g. {@code DriverSubmit}
 * @param parameters the action's parameters in binding order, values in TLA+ syntax
 * @param changes each variable (or part of one, {@code req[1]}) the step changed, with its new
 *     value; for the initial state, every variable
 */
public record TraceStep(int number, String action, List<Value> parameters, List<Value> changes) {
  public TraceStep {
    parameters = List.copyOf(parameters);
    changes = List.copyOf(changes);
  }

  /** A name (a parameter, a variable or a part of one) and a value in TLA+ syntax. */
  public record Value(String name, String value) {}

  /** The action as a call: {@code DriverSubmit(c = 1, q = 1)}. */
  public String call() {
    if (parameters.isEmpty()) {
      return action;
    }
    return parameters.stream()
        .map(p -> p.name() + " = " + p.value())
        .collect(Collectors.joining(", ", action + "(", ")"));
  }

  /** The steps of {@code trace}, each with only what it changed. */
  public static List<TraceStep> of(Trace trace) {
    List<TraceStep> out = new ArrayList<>();
    State previous = null;
    for (Step step : trace.steps()) {
      List<Value> changes = new ArrayList<>();
      if (previous == null) {
        step.state()
            .bindings()
            .forEach(b -> changes.add(new Value(b.variable(), b.value().toString())));
      } else {
        for (State.Binding b : step.state().changedSince(previous)) {
          TlaValue before = previous.get(b.variable()).orElse(b.value());
          for (Difference d :
              Difference.between(
                  b.variable(), before, b.value(), Difference.Depth.SAME_DOMAIN_COMPOUND)) {
            changes.add(new Value(d.path(), d.rightText()));
          }
        }
      }
      List<Value> parameters =
          step.parameters().stream()
              .map(p -> new Value(p.variable(), p.value().toString()))
              .toList();
      out.add(new TraceStep(step.number(), step.action(), parameters, changes));
      previous = step.state();
    }
    return List.copyOf(out);
  }
}
