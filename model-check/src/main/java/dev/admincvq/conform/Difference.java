package dev.admincvq.conform;

import dev.admincvq.model.State;
import dev.admincvq.model.TlaValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One place where the implementation's abstract state differs from the model's, down to the record
 * field or function entry ({@code cmd[1].status}).
 *
 * @param path the variable and the way into it
 * @param expected the model's value there (empty: the model has nothing there)
 * @param actual the implementation's value there (empty: it has nothing there)
 */
public record Difference(String path, Optional<TlaValue> expected, Optional<TlaValue> actual) {

  @Override
  public String toString() {
    return path
        + ": expected "
        + expected.map(TlaValue::toString).orElse("(nothing)")
        + ", actual "
        + actual.map(TlaValue::toString).orElse("(nothing)");
  }

  /** The differences between two states, compared as TLA+ values ({@link Canonical}). */
  public static List<Difference> between(State expected, State actual) {
    List<Difference> out = new ArrayList<>();
    for (State.Binding b : expected.bindings()) {
      Optional<TlaValue> a = actual.get(b.variable());
      if (a.isEmpty()) {
        out.add(new Difference(b.variable(), Optional.of(b.value()), Optional.empty()));
      } else {
        collect(b.variable(), Canonical.of(b.value()), Canonical.of(a.get()), out);
      }
    }
    for (State.Binding b : actual.bindings()) {
      if (expected.get(b.variable()).isEmpty()) {
        out.add(new Difference(b.variable(), Optional.empty(), Optional.of(b.value())));
      }
    }
    return List.copyOf(out);
  }

  private static void collect(String path, TlaValue e, TlaValue a, List<Difference> out) {
    if (e.equals(a)) {
      return;
    }
    if (e instanceof TlaValue.Rec er && a instanceof TlaValue.Rec ar) {
      for (TlaValue.Rec.Field f : er.fields()) {
        TlaValue other = ar.asMap().get(f.name());
        if (other == null) {
          out.add(new Difference(path + "." + f.name(), Optional.of(f.value()), Optional.empty()));
        } else {
          collect(path + "." + f.name(), f.value(), other, out);
        }
      }
      for (TlaValue.Rec.Field f : ar.fields()) {
        if (!er.asMap().containsKey(f.name())) {
          out.add(new Difference(path + "." + f.name(), Optional.empty(), Optional.of(f.value())));
        }
      }
    } else if (e instanceof TlaValue.Fcn ef && a instanceof TlaValue.Fcn af) {
      for (TlaValue.Fcn.Pair p : ef.pairs()) {
        Optional<TlaValue> other = valueAt(af, p.key());
        if (other.isEmpty()) {
          out.add(new Difference(path + "[" + p.key() + "]", Optional.of(p.value()), Optional.empty()));
        } else {
          collect(path + "[" + p.key() + "]", p.value(), other.get(), out);
        }
      }
      for (TlaValue.Fcn.Pair p : af.pairs()) {
        if (valueAt(ef, p.key()).isEmpty()) {
          out.add(new Difference(path + "[" + p.key() + "]", Optional.empty(), Optional.of(p.value())));
        }
      }
    } else {
      out.add(new Difference(path, Optional.of(e), Optional.of(a)));
    }
  }

  private static Optional<TlaValue> valueAt(TlaValue.Fcn f, TlaValue key) {
    return f.pairs().stream().filter(p -> p.key().equals(key)).map(TlaValue.Fcn.Pair::value).findFirst();
  }
}
