package dev.admincvq.conform;

import dev.admincvq.model.TlaValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * TLA+ value equality on {@link TlaValue}s: the same value may arrive in several shapes (TLC
 * prints a function with domain {@code 1..n} as a sequence; record fields and set elements come in
 * TLC's internal order). The canonical form turns every sequence into a function on {@code 1..n},
 * sorts record fields by name, function pairs by key and set elements by their text.
 */
final class Canonical {
  private Canonical() {}

  static TlaValue of(TlaValue value) {
    if (value instanceof TlaValue.Seq seq) {
      List<TlaValue.Fcn.Pair> pairs = new ArrayList<>();
      for (int i = 0; i < seq.elements().size(); i++) {
        pairs.add(new TlaValue.Fcn.Pair(TlaValue.Int.of(i + 1), of(seq.elements().get(i))));
      }
      return new TlaValue.Fcn(sortedPairs(pairs));
    }
    if (value instanceof TlaValue.Fcn fcn) {
      List<TlaValue.Fcn.Pair> pairs = new ArrayList<>();
      for (TlaValue.Fcn.Pair p : fcn.pairs()) {
        pairs.add(new TlaValue.Fcn.Pair(of(p.key()), of(p.value())));
      }
      return new TlaValue.Fcn(sortedPairs(pairs));
    }
    if (value instanceof TlaValue.Rec rec) {
      List<TlaValue.Rec.Field> fields = new ArrayList<>();
      for (TlaValue.Rec.Field f : rec.fields()) {
        fields.add(new TlaValue.Rec.Field(f.name(), of(f.value())));
      }
      fields.sort(Comparator.comparing(TlaValue.Rec.Field::name));
      return new TlaValue.Rec(fields);
    }
    if (value instanceof TlaValue.SetOf set) {
      List<TlaValue> elements = new ArrayList<>();
      for (TlaValue e : set.elements()) {
        elements.add(of(e));
      }
      elements.sort(Comparator.comparing(TlaValue::toString));
      return new TlaValue.SetOf(elements.stream().distinct().toList());
    }
    return value;
  }

  private static List<TlaValue.Fcn.Pair> sortedPairs(List<TlaValue.Fcn.Pair> pairs) {
    pairs.sort(Comparator.comparing((TlaValue.Fcn.Pair p) -> p.key().toString()));
    return pairs;
  }
}
