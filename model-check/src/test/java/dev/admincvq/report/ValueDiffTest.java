package dev.admincvq.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.admincvq.model.TlaValue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Property: changing one leaf of a nested value (records, functions, sequences of records) is
 * reported as exactly one change, at that leaf's path, with the new value.
 */
class ValueDiffTest {
  /** A value, the path of one of its leaves, and the same value with that leaf replaced. */
  record Edit(TlaValue before, TlaValue after, String path, TlaValue leaf) {}

  private static TlaValue build(long seed, int depth, List<String> paths, String path) {
    int kind = depth == 0 ? 0 : (int) Math.floorMod(seed, 4L);
    long next = seed * 6364136223846793005L + 1442695040888963407L;
    switch (kind) {
      case 1 -> {
        List<TlaValue.Rec.Field> fields = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          String name = "f" + i;
          fields.add(new TlaValue.Rec.Field(name, build(next + i, depth - 1, paths, path + "." + name)));
        }
        return new TlaValue.Rec(fields);
      }
      case 2 -> {
        List<TlaValue.Fcn.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          pairs.add(new TlaValue.Fcn.Pair(TlaValue.Int.of(i), build(next + 7L * i, depth - 1, paths, path + "[" + i + "]")));
        }
        return new TlaValue.Fcn(pairs);
      }
      case 3 -> {
        List<TlaValue> elems = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          List<TlaValue.Rec.Field> one =
              List.of(new TlaValue.Rec.Field("x", build(next + 13L * i, depth - 1, paths, path + "[" + (i + 1) + "].x")));
          elems.add(new TlaValue.Rec(one));
        }
        return new TlaValue.Seq(elems);
      }
      default -> {
        paths.add(path);
        return TlaValue.Int.of(Math.floorMod(seed, 5L));
      }
    }
  }

  private static TlaValue replace(TlaValue v, String path, String target, TlaValue leaf) {
    if (path.equals(target)) {
      return leaf;
    }
    if (v instanceof TlaValue.Rec r) {
      return new TlaValue.Rec(
          r.fields().stream()
              .map(f -> new TlaValue.Rec.Field(f.name(), replace(f.value(), path + "." + f.name(), target, leaf)))
              .toList());
    }
    if (v instanceof TlaValue.Fcn f) {
      return new TlaValue.Fcn(
          f.pairs().stream()
              .map(p -> new TlaValue.Fcn.Pair(p.key(), replace(p.value(), path + "[" + p.key() + "]", target, leaf)))
              .toList());
    }
    if (v instanceof TlaValue.Seq s) {
      List<TlaValue> out = new ArrayList<>();
      for (int i = 0; i < s.elements().size(); i++) {
        out.add(replace(s.elements().get(i), path + "[" + (i + 1) + "]", target, leaf));
      }
      return new TlaValue.Seq(out);
    }
    return v;
  }

  private static Gen<Edit> edits() {
    return SourceDSL.longs().all()
        .zip(SourceDSL.integers().between(0, 3), SourceDSL.integers().between(0, 1000), (seed, depth, pick) -> {
          List<String> paths = new ArrayList<>();
          TlaValue before = build(seed, depth, paths, "v");
          String path = paths.get(pick % paths.size());
          TlaValue leaf = TlaValue.Int.of(100 + pick);
          return new Edit(before, replace(before, "v", path, leaf), path, leaf);
        });
  }

  @Test
  void changingOneLeafIsReportedAsThatLeafOnly() {
    qt().forAll(edits())
        .checkAssert(e -> assertEquals(List.of(new ValueDiff.Change(e.path(), e.leaf())), ValueDiff.changes("v", e.before(), e.after()), e.toString()));
  }

  @Test
  void equalValuesHaveNoChanges() {
    qt().forAll(edits()).checkAssert(e -> assertEquals(List.of(), ValueDiff.changes("v", e.before(), e.before())));
  }
}
