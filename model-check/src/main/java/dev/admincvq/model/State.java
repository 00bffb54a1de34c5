package dev.admincvq.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One TLA+ state: the value of every variable, in the order the spec declares them. */
public record State(List<Binding> bindings) {
  public State {
    bindings = List.copyOf(bindings);
  }

  /** A variable and its value. */
  public record Binding(String variable, TlaValue value) {}

  /** The value of {@code variable}, if the state binds it. */
  public Optional<TlaValue> get(String variable) {
    return bindings.stream()
        .filter(b -> b.variable().equals(variable))
        .map(Binding::value)
        .findFirst();
  }

  /** The bindings of this state whose value differs from the one in {@code before}. */
  public List<Binding> changedSince(State before) {
    List<Binding> changed = new ArrayList<>();
    for (Binding b : bindings) {
      if (!before.get(b.variable()).map(b.value()::equals).orElse(false)) {
        changed.add(b);
      }
    }
    return List.copyOf(changed);
  }
}
