package dev.admincvq.report;

import dev.admincvq.model.TlaValue;
import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two values of a variable, down to the smallest part that changed: {@code
 * cmd[1].status} rather than the whole of {@code cmd}.
 */
final class ValueDiff {
  private ValueDiff() {}

  /** One changed part: its path ({@code cmd[1].status}) and its new value. */
  record Change(String path, TlaValue value) {}

  static List<Change> changes(String path, TlaValue before, TlaValue after) {
    List<Change> out = new ArrayList<>();
    collect(path, before, after, out);
    return List.copyOf(out);
  }

  private static void collect(String path, TlaValue before, TlaValue after, List<Change> out) {
    if (before.equals(after)) {
      return;
    }
    if (before instanceof TlaValue.Rec b && after instanceof TlaValue.Rec a && sameFields(b, a)) {
      for (int i = 0; i < a.fields().size(); i++) {
        collect(path + "." + a.fields().get(i).name(), b.fields().get(i).value(), a.fields().get(i).value(), out);
      }
    } else if (before instanceof TlaValue.Fcn b && after instanceof TlaValue.Fcn a && sameKeys(b, a)) {
      for (int i = 0; i < a.pairs().size(); i++) {
        collect(path + "[" + a.pairs().get(i).key() + "]", b.pairs().get(i).value(), a.pairs().get(i).value(), out);
      }
    } else if (before instanceof TlaValue.Seq b
        && after instanceof TlaValue.Seq a
        && b.elements().size() == a.elements().size()
        && !a.elements().isEmpty()
        && isStructured(a.elements().get(0))) {
      for (int i = 0; i < a.elements().size(); i++) {
        collect(path + "[" + (i + 1) + "]", b.elements().get(i), a.elements().get(i), out);
      }
    } else {
      out.add(new Change(path, after));
    }
  }

  /** Sequences of records or functions are functions of 1..n; sequences of scalars read better whole. */
  private static boolean isStructured(TlaValue v) {
    return v instanceof TlaValue.Rec || v instanceof TlaValue.Fcn || v instanceof TlaValue.Seq;
  }

  private static boolean sameFields(TlaValue.Rec b, TlaValue.Rec a) {
    if (b.fields().size() != a.fields().size()) {
      return false;
    }
    for (int i = 0; i < a.fields().size(); i++) {
      if (!a.fields().get(i).name().equals(b.fields().get(i).name())) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameKeys(TlaValue.Fcn b, TlaValue.Fcn a) {
    if (b.pairs().size() != a.pairs().size()) {
      return false;
    }
    for (int i = 0; i < a.pairs().size(); i++) {
      if (!a.pairs().get(i).key().equals(b.pairs().get(i).key())) {
        return false;
      }
    }
    return true;
  }
}
