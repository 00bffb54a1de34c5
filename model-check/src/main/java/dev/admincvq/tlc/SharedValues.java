package dev.admincvq.tlc;

import dev.admincvq.model.State;
import dev.admincvq.model.TlaValue;
import dev.admincvq.tlc.answer.Binding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Decodes the states and edges of one graph answer keeping the answer's sharing: the run's encoder
 * gives each distinct value, and each distinct part of one, one tagged object ({@code
 * inside/ValueEncoder}), and each tagged object, part or whole, is decoded here once. So equal
 * values of the graph are one object, and so is the binding of a variable to one, and an edge's
 * list of parameters repeated by other edges. The graph of a review's largest model (214,461
 * states, 29 variables) held 6.2 million bindings and 3 million integers decoded one by one; now it
 * holds one of each distinct one. Not for concurrent use: one table per decoded graph.
 */
final class SharedValues {
  private final IdentityHashMap<Object, TlaValue> decoded = new IdentityHashMap<>();
  private final Map<String, IdentityHashMap<TlaValue, State.Binding>> bindings = new HashMap<>();
  private final Map<List<State.Binding>, List<State.Binding>> parameterLists = new HashMap<>();

  /** The value of tagged object {@code tagged}, decoded once; its parts decoded once too. */
  TlaValue value(@Nullable Object tagged) {
    if (tagged == null) {
      return RunDecoder.valueOf(null);
    }
    TlaValue known = decoded.get(tagged);
    if (known == null) {
      known = RunDecoder.valueOf(tagged, this::value);
      decoded.put(tagged, known);
    }
    return known;
  }

  /** A state's bindings decoded, one binding object per variable and value. */
  List<State.Binding> bindings(List<Binding> answer) {
    List<State.Binding> out = new ArrayList<>(answer.size());
    for (Binding b : answer) {
      TlaValue v = value(b.value());
      out.add(
          bindings
              .computeIfAbsent(b.name(), k -> new IdentityHashMap<>())
              .computeIfAbsent(v, k -> new State.Binding(b.name(), k)));
    }
    return out;
  }

  /**
   * An edge's parameters decoded, as one unmodifiable list for each distinct list: most edges of a
   * graph repeat the parameters of others.
   */
  List<State.Binding> parameters(List<Binding> answer) {
    return parameterLists.computeIfAbsent(List.copyOf(bindings(answer)), k -> k);
  }
}
