package dev.admincvq.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Random TLA+ values of the kinds TLC produces, drawn from few atoms so that equal values come up
 * often, and the same value in other shapes: a sequence as a function on {@code 1..n}, a record as
 * a function on strings, fields, pairs and set elements shuffled, set elements repeated.
 */
final class RandomValues {
  private RandomValues() {}

  /** Two values: the second is often the first (or a near copy of it) in another shape. */
  record Pair(TlaValue left, TlaValue right) {}

  static Gen<TlaValue> values() {
    return SourceDSL.longs().all().map(seed -> value(new Random(seed), 3));
  }

  static Gen<Pair> pairs() {
    return SourceDSL.longs().all().map(seed -> pair(new Random(seed)));
  }

  private static Pair pair(Random r) {
    TlaValue left = value(r, 3);
    TlaValue right =
        switch (r.nextInt(3)) {
          case 0 -> reshape(r, left);
          case 1 -> reshape(r, value(r, 3));
          default -> reshape(r, mutate(r, left));
        };
    return new Pair(left, right);
  }

  static TlaValue value(Random r, int depth) {
    int kinds = depth == 0 ? 4 : 8;
    return switch (r.nextInt(kinds)) {
      case 0 -> TlaValue.Int.of(r.nextInt(3));
      case 1 -> new TlaValue.Str(r.nextBoolean() ? "a" : "b");
      case 2 -> new TlaValue.Bool(r.nextBoolean());
      case 3 -> new TlaValue.ModelValue(r.nextBoolean() ? "m1" : "m2");
      case 4 -> new TlaValue.SetOf(some(r, depth));
      case 5 -> new TlaValue.Seq(some(r, depth));
      case 6 -> {
        List<TlaValue.Rec.Field> fields = new ArrayList<>();
        for (String name : List.of("a", "b", "c")) {
          if (r.nextBoolean()) {
            fields.add(new TlaValue.Rec.Field(name, value(r, depth - 1)));
          }
        }
        yield fields.isEmpty() ? new TlaValue.Seq(List.of()) : new TlaValue.Rec(fields);
      }
      default -> {
        List<TlaValue.Fcn.Pair> pairs = new ArrayList<>();
        for (TlaValue key :
            List.of(TlaValue.Int.of(0), TlaValue.Int.of(2), new TlaValue.ModelValue("m1"))) {
          if (r.nextBoolean()) {
            pairs.add(new TlaValue.Fcn.Pair(key, value(r, depth - 1)));
          }
        }
        yield new TlaValue.Fcn(pairs);
      }
    };
  }

  private static List<TlaValue> some(Random r, int depth) {
    List<TlaValue> out = new ArrayList<>();
    int n = r.nextInt(3);
    for (int i = 0; i < n; i++) {
      out.add(value(r, depth - 1));
    }
    return out;
  }

  /** {@code v} with one atom somewhere replaced by a random atom (perhaps the same). */
  private static TlaValue mutate(Random r, TlaValue v) {
    if (!v.isFunction() && !(v instanceof TlaValue.SetOf)) {
      return value(r, 0);
    }
    List<TlaValue.Fcn.Pair> entries =
        v instanceof TlaValue.SetOf s
            ? s.elements().stream().map(e -> new TlaValue.Fcn.Pair(e, e)).toList()
            : v.entries();
    if (entries.isEmpty()) {
      return v;
    }
    int pick = r.nextInt(entries.size());
    List<TlaValue.Fcn.Pair> out = new ArrayList<>(entries);
    TlaValue.Fcn.Pair old = out.get(pick);
    out.set(pick, new TlaValue.Fcn.Pair(old.key(), mutate(r, old.value())));
    if (v instanceof TlaValue.SetOf) {
      return new TlaValue.SetOf(out.stream().map(TlaValue.Fcn.Pair::value).toList());
    }
    return new TlaValue.Fcn(out);
  }

  /** The same TLA+ value as {@code v}, in a random one of its shapes. */
  static TlaValue reshape(Random r, TlaValue v) {
    if (v instanceof TlaValue.SetOf s) {
      List<TlaValue> elements = new ArrayList<>();
      for (TlaValue e : s.elements()) {
        elements.add(reshape(r, e));
      }
      if (!elements.isEmpty() && r.nextBoolean()) {
        elements.add(reshape(r, s.elements().get(r.nextInt(s.elements().size()))));
      }
      Collections.shuffle(elements, r);
      return new TlaValue.SetOf(elements);
    }
    if (!v.isFunction()) {
      return v;
    }
    List<TlaValue.Fcn.Pair> pairs = new ArrayList<>();
    for (TlaValue.Fcn.Pair p : v.entries()) {
      pairs.add(new TlaValue.Fcn.Pair(p.key(), reshape(r, p.value())));
    }
    boolean sequence = true;
    for (int i = 1; i <= pairs.size(); i++) {
      sequence &= v.lookup(TlaValue.Int.of(i)).isPresent();
    }
    boolean strings = pairs.stream().allMatch(p -> p.key() instanceof TlaValue.Str);
    int shape = r.nextInt(3);
    if (shape == 0 && sequence) {
      List<TlaValue> elements = new ArrayList<>();
      for (int i = 1; i <= pairs.size(); i++) {
        TlaValue key = TlaValue.Int.of(i);
        elements.add(
            pairs.stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow().value());
      }
      return new TlaValue.Seq(elements);
    }
    Collections.shuffle(pairs, r);
    if (shape == 1 && strings && !pairs.isEmpty()) {
      return new TlaValue.Rec(
          pairs.stream().map(p -> new TlaValue.Rec.Field(p.key().asString(), p.value())).toList());
    }
    return new TlaValue.Fcn(pairs);
  }
}
