package dev.admincvq.conform;

import dev.admincvq.graph.Edge;
import dev.admincvq.model.State;
import dev.admincvq.model.TlaValue;

/**
 * An edge's action parameters by name, as the replayers read them (a wrong name or type is a bug).
 */
record EdgeParams(Edge edge) {
  TlaValue get(String name) {
    for (State.Binding b : edge.parameters()) {
      if (b.variable().equals(name)) {
        return b.value();
      }
    }
    throw new IllegalArgumentException(edge.label() + " has no parameter " + name);
  }

  int integer(String name) {
    if (get(name) instanceof TlaValue.Int i) {
      return i.value().intValueExact();
    }
    throw new IllegalArgumentException(edge.label() + ": " + name + " is not an integer");
  }

  boolean bool(String name) {
    if (get(name) instanceof TlaValue.Bool b) {
      return b.value();
    }
    throw new IllegalArgumentException(edge.label() + ": " + name + " is not a boolean");
  }

  String string(String name) {
    if (get(name) instanceof TlaValue.Str s) {
      return s.value();
    }
    throw new IllegalArgumentException(edge.label() + ": " + name + " is not a string");
  }
}
