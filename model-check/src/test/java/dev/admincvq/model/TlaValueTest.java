package dev.admincvq.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** TLA+ equality through the canonical form, and the typed accessors with their errors. */
class TlaValueTest {

  private static TlaValue num(int n) {
    return TlaValue.Int.of(n);
  }

  private static TlaValue str(String s) {
    return new TlaValue.Str(s);
  }

  private static TlaValue.Fcn.Pair pair(TlaValue key, TlaValue value) {
    return new TlaValue.Fcn.Pair(key, value);
  }

  private static TlaValue.Rec.Field field(String name, TlaValue value) {
    return new TlaValue.Rec.Field(name, value);
  }

  private static void assertTlaEqual(TlaValue a, TlaValue b) {
    assertTrue(a.tlaEquals(b), a + " = " + b);
    assertTrue(b.tlaEquals(a), b + " = " + a);
    assertEquals(a.canonical(), b.canonical());
    assertEquals(a.canonical().hashCode(), b.canonical().hashCode());
  }

  private static void assertTlaUnequal(TlaValue a, TlaValue b) {
    assertFalse(a.tlaEquals(b), a + " # " + b);
    assertFalse(b.tlaEquals(a), b + " # " + a);
  }

  @Test
  void aSequenceEqualsTheSameFunctionOnOneToN() {
    TlaValue seq = new TlaValue.Seq(List.of(str("x"), str("y")));
    assertTlaEqual(seq, new TlaValue.Fcn(List.of(pair(num(2), str("y")), pair(num(1), str("x")))));
    assertTlaUnequal(
        seq, new TlaValue.Fcn(List.of(pair(num(1), str("y")), pair(num(2), str("x")))));
    assertTlaUnequal(seq, new TlaValue.Seq(List.of(str("x"))));
  }

  @Test
  void theEmptySequenceEqualsTheEmptyFunctionAndTheEmptyRecord() {
    TlaValue empty = new TlaValue.Seq(List.of());
    assertTlaEqual(empty, new TlaValue.Fcn(List.of()));
    assertTlaEqual(empty, new TlaValue.Rec(List.of()));
    assertTlaUnequal(empty, new TlaValue.SetOf(List.of()));
  }

  @Test
  void aRecordEqualsTheFunctionOnItsFieldNamesWhateverTheFieldOrder() {
    TlaValue rec = new TlaValue.Rec(List.of(field("status", str("OK")), field("inc", num(1))));
    assertTlaEqual(
        rec, new TlaValue.Rec(List.of(field("inc", num(1)), field("status", str("OK")))));
    assertTlaEqual(
        rec, new TlaValue.Fcn(List.of(pair(str("inc"), num(1)), pair(str("status"), str("OK")))));
    assertTlaUnequal(
        rec, new TlaValue.Rec(List.of(field("status", str("ERR")), field("inc", num(1)))));
    assertTlaUnequal(rec, new TlaValue.Rec(List.of(field("status", str("OK")))));
  }

  @Test
  void setsEqualWhateverTheOrderAndRepetitionOfTheirElements() {
    TlaValue set = new TlaValue.SetOf(List.of(num(1), num(10), num(2)));
    assertTlaEqual(set, new TlaValue.SetOf(List.of(num(2), num(1), num(10), num(1))));
    assertTlaUnequal(set, new TlaValue.SetOf(List.of(num(1), num(2))));
  }

  @Test
  void equalityLooksInsideNestedValues() {
    TlaValue a =
        new TlaValue.SetOf(
            List.of(
                new TlaValue.Seq(
                    List.of(new TlaValue.Rec(List.of(field("a", num(1)), field("b", num(2))))))));
    TlaValue inner = new TlaValue.Fcn(List.of(pair(str("b"), num(2)), pair(str("a"), num(1))));
    TlaValue b = new TlaValue.SetOf(List.of(new TlaValue.Fcn(List.of(pair(num(1), inner)))));
    assertTlaEqual(a, b);
  }

  @Test
  void valuesOfDifferentKindsAreUnequal() {
    assertTlaUnequal(num(1), str("1"));
    assertTlaUnequal(new TlaValue.ModelValue("m1"), str("m1"));
    assertTlaUnequal(new TlaValue.Bool(true), new TlaValue.ModelValue("TRUE_"));
    assertTlaUnequal(new TlaValue.SetOf(List.of(num(1))), new TlaValue.Seq(List.of(num(1))));
  }

  @Test
  void equalityIsReflexiveAndSymmetricAndSurvivesEveryReshaping() {
    qt().forAll(RandomValues.values(), SourceDSL.longs().all())
        .checkAssert(
            (v, seed) -> {
              assertTrue(v.tlaEquals(v), v::toString);
              TlaValue other = RandomValues.reshape(new Random(seed), v);
              assertTlaEqual(v, other);
              assertEquals(v.canonical(), v.canonical().canonical());
            });
    qt().forAll(RandomValues.pairs())
        .checkAssert(
            p ->
                assertEquals(
                    p.left().tlaEquals(p.right()), p.right().tlaEquals(p.left()), p::toString));
  }

  @Test
  void canonicalEqualityIsTextualEqualityOfCanonicalForms() {
    qt().forAll(RandomValues.pairs())
        .checkAssert(
            p ->
                assertEquals(
                    p.left().tlaEquals(p.right()),
                    p.left().canonical().toString().equals(p.right().canonical().toString()),
                    p::toString));
  }

  private final TlaValue cmd =
      new TlaValue.Seq(
          List.of(
              new TlaValue.Rec(
                  List.of(
                      field("status", str("OK")),
                      field("inc", num(3)),
                      field("gone", new TlaValue.Bool(true)))),
              new TlaValue.ModelValue("NotSubmitted")));

  @Test
  void accessorsReadFieldsIndicesAndAtomsAsTlaPlusDoes() {
    assertEquals("OK", cmd.index(1).field("status").asString());
    assertEquals(3, cmd.index(1).field("inc").asInt());
    assertTrue(cmd.index(1).field("gone").asBool());
    assertEquals(new TlaValue.ModelValue("NotSubmitted"), cmd.apply(num(2)));
    TlaValue asFunction = new TlaValue.Fcn(List.of(pair(num(1), str("a")), pair(num(2), str("b"))));
    assertEquals(List.of(str("a"), str("b")), asFunction.elements());
    assertEquals(str("b"), asFunction.index(2));
    assertEquals(num(1), new TlaValue.Fcn(List.of(pair(str("x"), num(1)))).field("x"));
    assertEquals(List.of(num(1)), new TlaValue.SetOf(List.of(num(1))).elements());
    assertEquals(List.of(pair(num(1), cmd.index(1)), pair(num(2), cmd.index(2))), cmd.entries());
  }

  @Test
  void accessorsSayClearlyWhatIsNotThere() {
    assertEquals(
        "3 is not in the domain of " + cmd,
        assertThrows(IllegalArgumentException.class, () -> cmd.index(3)).getMessage());
    assertEquals(
        "no field target in " + cmd.index(1),
        assertThrows(IllegalArgumentException.class, () -> cmd.index(1).field("target"))
            .getMessage());
    assertEquals(
        "not a record: NotSubmitted",
        assertThrows(IllegalArgumentException.class, () -> cmd.index(2).field("status"))
            .getMessage());
    assertEquals(
        "not a number: \"OK\"",
        assertThrows(IllegalArgumentException.class, () -> cmd.index(1).field("status").asInt())
            .getMessage());
    assertEquals(
        "not a string: 3",
        assertThrows(IllegalArgumentException.class, () -> cmd.index(1).field("inc").asString())
            .getMessage());
    assertEquals(
        "not a Boolean: 3",
        assertThrows(IllegalArgumentException.class, () -> cmd.index(1).field("inc").asBool())
            .getMessage());
    assertEquals(
        "not a set or sequence: 3",
        assertThrows(IllegalArgumentException.class, () -> num(3).elements()).getMessage());
    assertEquals(
        "not a function: 3",
        assertThrows(IllegalArgumentException.class, () -> num(3).apply(num(1))).getMessage());
  }
}
