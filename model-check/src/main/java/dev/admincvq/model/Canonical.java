package dev.admincvq.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The canonical form of {@link TlaValue#canonical()}: one shape per TLA+ value. */
final class Canonical {
  private Canonical() {}

  static TlaValue of(TlaValue value) {
    if (value instanceof TlaValue.SetOf set) {
      List<Sorted> elements = new ArrayList<>();
      for (TlaValue e : set.elements()) {
        elements.add(Sorted.of(of(e)));
      }
      elements.sort(Comparator.comparing(Sorted::text));
      return new TlaValue.SetOf(elements.stream().map(Sorted::value).distinct().toList());
    }
    if (!value.isFunction()) {
      return value;
    }
    List<TlaValue.Fcn.Pair> entries = value.entries();
    if (entries.isEmpty()) {
      return new TlaValue.Fcn(List.of());
    }
    if (entries.stream().allMatch(p -> p.key() instanceof TlaValue.Str)) {
      List<TlaValue.Rec.Field> fields = new ArrayList<>();
      for (TlaValue.Fcn.Pair p : entries) {
        fields.add(new TlaValue.Rec.Field(p.key().asString(), of(p.value())));
      }
      fields.sort(Comparator.comparing(TlaValue.Rec.Field::name));
      return new TlaValue.Rec(fields);
    }
    List<SortedPair> pairs = new ArrayList<>();
    for (TlaValue.Fcn.Pair p : entries) {
      TlaValue key = of(p.key());
      pairs.add(new SortedPair(key.toString(), new TlaValue.Fcn.Pair(key, of(p.value()))));
    }
    pairs.sort(Comparator.comparing(SortedPair::text));
    return new TlaValue.Fcn(pairs.stream().map(SortedPair::pair).toList());
  }

  /** A canonical value with its text, computed once for sorting. */
  private record Sorted(String text, TlaValue value) {
    static Sorted of(TlaValue value) {
      return new Sorted(value.toString(), value);
    }
  }

  /** A canonical pair with its argument's text, computed once for sorting. */
  private record SortedPair(String text, TlaValue.Fcn.Pair pair) {}
}
