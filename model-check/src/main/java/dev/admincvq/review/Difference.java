package dev.admincvq.review;

import dev.admincvq.model.TlaValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Where two values of a variable differ, down to the smallest part ({@code cmd[1].status} rather
 * than the whole of {@code cmd}), with both values: before and after a step, or one side's and the
 * other's.
 *
 * @param path the part, e.g. {@code cmd[1].status}
 * @param left its value before (or on the first side)
 * @param right its value after (or on the other side)
 */
public record Difference(String path, TlaValue left, TlaValue right) {

  static List<Difference> of(String path, TlaValue left, TlaValue right) {
    List<Difference> out = new ArrayList<>();
    collect(path, left, right, out);
    return List.copyOf(out);
  }

  private static void collect(String path, TlaValue left, TlaValue right, List<Difference> out) {
    if (CanonicalText.of(left).equals(CanonicalText.of(right))) {
      return;
    }
    if (left instanceof TlaValue.Rec l && right instanceof TlaValue.Rec r && sameNames(l, r)) {
      for (TlaValue.Rec.Field f : r.fields()) {
        TlaValue before = l.asMap().get(f.name());
        if (before != null) {
          collect(path + "." + f.name(), before, f.value(), out);
        }
      }
    } else if (left instanceof TlaValue.Fcn l && right instanceof TlaValue.Fcn r && sameKeys(l, r)) {
      for (int i = 0; i < r.pairs().size(); i++) {
        collect(path + "[" + r.pairs().get(i).key() + "]", l.pairs().get(i).value(), r.pairs().get(i).value(), out);
      }
    } else if (left instanceof TlaValue.Seq l && right instanceof TlaValue.Seq r && l.elements().size() == r.elements().size()
        && !r.elements().isEmpty() && structured(r.elements().get(0))) {
      for (int i = 0; i < r.elements().size(); i++) {
        collect(path + "[" + (i + 1) + "]", l.elements().get(i), r.elements().get(i), out);
      }
    } else {
      out.add(new Difference(path, left, right));
    }
  }

  /** Sequences of records, functions or model values read better element by element; of numbers, whole. */
  private static boolean structured(TlaValue v) {
    return v instanceof TlaValue.Rec || v instanceof TlaValue.Fcn || v instanceof TlaValue.Seq || v instanceof TlaValue.ModelValue;
  }

  private static boolean sameNames(TlaValue.Rec l, TlaValue.Rec r) {
    return l.asMap().keySet().equals(r.asMap().keySet());
  }

  private static boolean sameKeys(TlaValue.Fcn l, TlaValue.Fcn r) {
    if (l.pairs().size() != r.pairs().size()) {
      return false;
    }
    for (int i = 0; i < l.pairs().size(); i++) {
      if (!l.pairs().get(i).key().equals(r.pairs().get(i).key())) {
        return false;
      }
    }
    return true;
  }

  /** {@code cmd[1].status: "queued" -> "fetched"}. */
  public String text(String arrow) {
    return path + ": " + left + " " + arrow + " " + right;
  }
}
