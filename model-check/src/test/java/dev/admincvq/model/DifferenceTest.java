package dev.admincvq.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The structural diff: changing one leaf of a nested value (records, functions, sequences of
 * records) is reported as exactly one difference at that leaf's path, at every depth; how far each
 * depth opens; and (property) no differences exactly when the values are equal in TLA+.
 */
class DifferenceTest {
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
          fields.add(
              new TlaValue.Rec.Field(name, build(next + i, depth - 1, paths, path + "." + name)));
        }
        return new TlaValue.Rec(fields);
      }
      case 2 -> {
        List<TlaValue.Fcn.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          pairs.add(
              new TlaValue.Fcn.Pair(
                  TlaValue.Int.of(i),
                  build(next + 7L * i, depth - 1, paths, path + "[" + i + "]")));
        }
        return new TlaValue.Fcn(pairs);
      }
      case 3 -> {
        List<TlaValue> elems = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          List<TlaValue.Rec.Field> one =
              List.of(
                  new TlaValue.Rec.Field(
                      "x", build(next + 13L * i, depth - 1, paths, path + "[" + (i + 1) + "].x")));
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
              .map(
                  f ->
                      new TlaValue.Rec.Field(
                          f.name(), replace(f.value(), path + "." + f.name(), target, leaf)))
              .toList());
    }
    if (v instanceof TlaValue.Fcn f) {
      return new TlaValue.Fcn(
          f.pairs().stream()
              .map(
                  p ->
                      new TlaValue.Fcn.Pair(
                          p.key(), replace(p.value(), path + "[" + p.key() + "]", target, leaf)))
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
    return SourceDSL.longs()
        .all()
        .zip(
            SourceDSL.integers().between(0, 3),
            SourceDSL.integers().between(0, 1000),
            (seed, depth, pick) -> {
              List<String> paths = new ArrayList<>();
              TlaValue before = build(seed, depth, paths, "v");
              String path = paths.get(pick % paths.size());
              TlaValue leaf = TlaValue.Int.of(100 + pick);
              return new Edit(before, replace(before, "v", path, leaf), path, leaf);
            });
  }

  @Test
  void changingOneLeafIsReportedAsThatLeafOnlyAtEveryDepth() {
    qt().forAll(edits())
        .checkAssert(
            e -> {
              TlaValue old = at(e.before(), "v", e.path()).orElseThrow();
              for (Difference.Depth depth : Difference.Depth.values()) {
                assertEquals(
                    List.of(new Difference(e.path(), Optional.of(old), Optional.of(e.leaf()))),
                    Difference.between("v", e.before(), e.after(), depth),
                    depth + " " + e);
              }
            });
  }

  @Test
  void equalValuesHaveNoDifferences() {
    qt().forAll(edits())
        .checkAssert(
            e -> {
              for (Difference.Depth depth : Difference.Depth.values()) {
                assertEquals(List.of(), Difference.between("v", e.before(), e.before(), depth));
              }
            });
  }

  @Test
  void thereAreNoDifferencesExactlyWhenTheValuesAreEqualInTlaPlus() {
    qt().forAll(RandomValues.pairs())
        .checkAssert(
            p -> {
              for (Difference.Depth depth : Difference.Depth.values()) {
                assertEquals(
                    p.left().tlaEquals(p.right()),
                    Difference.between("v", p.left(), p.right(), depth).isEmpty(),
                    depth + " " + p);
              }
            });
  }

  /** The part of {@code v} (named {@code path}) at {@code target}, if there is one. */
  private static Optional<TlaValue> at(TlaValue v, String path, String target) {
    if (path.equals(target)) {
      return Optional.of(v);
    }
    for (TlaValue.Fcn.Pair p : v.isFunction() ? v.entries() : List.<TlaValue.Fcn.Pair>of()) {
      String next =
          v instanceof TlaValue.Rec ? path + "." + p.key().asString() : path + "[" + p.key() + "]";
      Optional<TlaValue> found = at(p.value(), next, target);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static TlaValue.Rec status(String s) {
    return new TlaValue.Rec(
        List.of(
            new TlaValue.Rec.Field("status", new TlaValue.Str(s)),
            new TlaValue.Rec.Field("seen", new TlaValue.Bool(false))));
  }

  private static final TlaValue NOT_SUBMITTED = new TlaValue.ModelValue("NotSubmitted");

  @Test
  void aChangedFieldOfARecordInASequenceIsReportedByItsPath() {
    TlaValue before = new TlaValue.Seq(List.of(status("queued"), NOT_SUBMITTED));
    TlaValue after = new TlaValue.Seq(List.of(status("OK"), NOT_SUBMITTED));
    List<Difference> d = Difference.between("cmd", before, after, Difference.Depth.SAME_DOMAIN);
    assertEquals(
        List.of(
            new Difference(
                "cmd[1].status",
                Optional.of(new TlaValue.Str("queued")),
                Optional.of(new TlaValue.Str("OK")))),
        d);
    assertEquals("\"queued\"", d.get(0).leftText());
  }

  @Test
  void aSequenceOfModelValuesIsOpenedBySameDomainButNotBySameDomainCompound() {
    TlaValue before = new TlaValue.Seq(List.of(NOT_SUBMITTED, NOT_SUBMITTED));
    TlaValue after = new TlaValue.Seq(List.of(NOT_SUBMITTED, status("queued")));
    assertEquals(
        List.of("cmd[2]"),
        Difference.between("cmd", before, after, Difference.Depth.SAME_DOMAIN).stream()
            .map(Difference::path)
            .toList());
    assertEquals(
        List.of(new Difference("cmd", Optional.of(before), Optional.of(after))),
        Difference.between("cmd", before, after, Difference.Depth.SAME_DOMAIN_COMPOUND));
  }

  @Test
  void aSequenceOfNumbersIsReportedWholeUnlessEveryEntryIsAsked() {
    TlaValue before = new TlaValue.Seq(List.of(TlaValue.Int.of(1), TlaValue.Int.of(2)));
    TlaValue after = new TlaValue.Seq(List.of(TlaValue.Int.of(1), TlaValue.Int.of(3)));
    assertEquals(
        List.of("q"),
        Difference.between("q", before, after, Difference.Depth.SAME_DOMAIN).stream()
            .map(Difference::path)
            .toList());
    assertEquals(
        List.of(
            new Difference(
                "q[2]", Optional.of(TlaValue.Int.of(2)), Optional.of(TlaValue.Int.of(3)))),
        Difference.between("q", before, after, Difference.Depth.EVERY_ENTRY));
  }

  @Test
  void entriesOnlyOneSideHasAreReportedOneSidedWhenEveryEntryIsAsked() {
    TlaValue shorter = new TlaValue.Seq(List.of(TlaValue.Int.of(7)));
    TlaValue longer = new TlaValue.Seq(List.of(TlaValue.Int.of(7), TlaValue.Int.of(8)));
    List<Difference> d = Difference.between("q", shorter, longer, Difference.Depth.EVERY_ENTRY);
    assertEquals(
        List.of(new Difference("q[2]", Optional.empty(), Optional.of(TlaValue.Int.of(8)))), d);
    assertEquals("(nothing)", d.get(0).leftText());
    assertEquals(
        List.of(new Difference("q", Optional.of(shorter), Optional.of(longer))),
        Difference.between("q", shorter, longer, Difference.Depth.SAME_DOMAIN));
  }

  @Test
  void aSequenceAndTheSameFunctionOnOneToNHaveNoDifferences() {
    TlaValue seq = new TlaValue.Seq(List.of(status("OK")));
    TlaValue fcn =
        new TlaValue.Fcn(List.of(new TlaValue.Fcn.Pair(TlaValue.Int.of(1), status("OK"))));
    for (Difference.Depth depth : Difference.Depth.values()) {
      assertEquals(List.of(), Difference.between("cmd", seq, fcn, depth));
    }
  }
}
