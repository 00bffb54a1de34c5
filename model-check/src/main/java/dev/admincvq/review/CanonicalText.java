package dev.admincvq.review;

import dev.admincvq.model.TlaValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A value's text in one canonical form, so that equal TLA+ values from two different runs (two
 * specs) compare equal as text: record fields sorted by name, set elements and function pairs
 * sorted by their canonical text, a sequence the same as the function on {@code 1..n} it is.
 */
final class CanonicalText {
  private CanonicalText() {}

  static String of(TlaValue value) {
    if (value instanceof TlaValue.Seq seq) {
      List<String> pairs = new ArrayList<>();
      for (int i = 0; i < seq.elements().size(); i++) {
        pairs.add((i + 1) + ":>" + of(seq.elements().get(i)));
      }
      return "(" + String.join("@@", pairs) + ")";
    }
    if (value instanceof TlaValue.Fcn fcn) {
      List<String> pairs = new ArrayList<>();
      for (TlaValue.Fcn.Pair p : fcn.pairs()) {
        pairs.add(of(p.key()) + ":>" + of(p.value()));
      }
      pairs.sort(Comparator.naturalOrder());
      return "(" + String.join("@@", pairs) + ")";
    }
    if (value instanceof TlaValue.Rec rec) {
      List<String> fields = new ArrayList<>();
      for (TlaValue.Rec.Field f : rec.fields()) {
        fields.add(f.name() + "|->" + of(f.value()));
      }
      fields.sort(Comparator.naturalOrder());
      return "[" + String.join(",", fields) + "]";
    }
    if (value instanceof TlaValue.SetOf set) {
      List<String> elements = new ArrayList<>();
      for (TlaValue e : set.elements()) {
        elements.add(of(e));
      }
      elements.sort(Comparator.naturalOrder());
      return "{" + String.join(",", elements.stream().distinct().toList()) + "}";
    }
    return value.toString();
  }
}
