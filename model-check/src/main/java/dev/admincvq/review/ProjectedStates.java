package dev.admincvq.review;

import dev.admincvq.graph.StateGraph;
import dev.admincvq.model.State;
import dev.admincvq.model.TlaValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Numbers the states of both sides by their projection: two states get the same number exactly when
 * their values of the shared variables are equal as TLA+ values (compared by canonical text).
 *
 * <p>Each shared variable's distinct values are numbered once (a value met again as the same
 * object, as a decoded graph shares them, is not printed again), and a state's projection is the
 * row of its values' numbers: so the table holds a short row of numbers per distinct projection,
 * not its text. Not for concurrent use.
 */
final class ProjectedStates {
  private final List<String> shared;
  private final List<Map<String, Integer>> valueIds = new ArrayList<>();
  private final List<IdentityHashMap<TlaValue, Integer>> seen = new ArrayList<>();
  private final Map<Row, Integer> rows = new HashMap<>();

  ProjectedStates(Projection projection) {
    this.shared = projection.shared();
    for (int i = 0; i < shared.size(); i++) {
      valueIds.add(new HashMap<>());
      seen.add(new IdentityHashMap<>());
    }
  }

  /** The projection number of each state of {@code g}, by index. */
  int[] number(StateGraph g) {
    int[] out = new int[g.states().size()];
    int[] at = positions(g);
    for (int i = 0; i < out.length; i++) {
      State s = g.states().get(i);
      int[] row = new int[shared.size()];
      for (int v = 0; v < row.length; v++) {
        row[v] = valueId(v, valueOf(s, v, at[v]));
      }
      Integer id = rows.get(new Row(row));
      if (id == null) {
        id = rows.size();
        rows.put(new Row(row), id);
      }
      out[i] = id;
    }
    return out;
  }

  /**
   * Where each shared variable is among the bindings of {@code g}'s first state (-1: not there).
   */
  private int[] positions(StateGraph g) {
    int[] at = new int[shared.size()];
    Arrays.fill(at, -1);
    if (!g.states().isEmpty()) {
      List<State.Binding> first = g.states().get(0).bindings();
      for (int v = 0; v < at.length; v++) {
        for (int j = 0; j < first.size(); j++) {
          if (first.get(j).variable().equals(shared.get(v))) {
            at[v] = j;
          }
        }
      }
    }
    return at;
  }

  /** The state's value of shared variable {@code v}, read at {@code at} when it is there. */
  private Optional<TlaValue> valueOf(State s, int v, int at) {
    String variable = shared.get(v);
    if (at >= 0 && at < s.bindings().size()) {
      State.Binding b = s.bindings().get(at);
      if (b.variable().equals(variable)) {
        return Optional.of(b.value());
      }
    }
    return s.get(variable);
  }

  private int valueId(int v, Optional<TlaValue> value) {
    if (value.isEmpty()) {
      return -1;
    }
    TlaValue x = value.get();
    Integer known = seen.get(v).get(x);
    if (known != null) {
      return known;
    }
    Map<String, Integer> ids = valueIds.get(v);
    int id = ids.computeIfAbsent(x.canonical().toString(), k -> ids.size());
    seen.get(v).put(x, id);
    return id;
  }

  /**
   * A state's projection: its shared variables' value numbers, in {@link Projection#shared} order.
   */
  private static final class Row {
    private final int[] ids;

    Row(int[] ids) {
      this.ids = ids;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Row r && Arrays.equals(ids, r.ids);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(ids);
    }

    @Override
    public String toString() {
      return Arrays.toString(ids);
    }
  }
}
