package dev.admincvq.conform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.admincvq.model.Difference;
import dev.admincvq.model.State;
import dev.admincvq.model.TlaValue;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The comparison finds divergences, and reports only what differs. */
class DivergenceTest {

  private static TlaValue num(int n) {
    return new TlaValue.Int(BigInteger.valueOf(n));
  }

  @Test
  void sequencesEqualFunctionsOnOneToNAndFieldOrderDoesNotMatter() {
    State model =
        new State(
            List.of(
                new State.Binding("adminQ", new TlaValue.Seq(List.of(num(1)))),
                new State.Binding(
                    "r",
                    new TlaValue.Rec(
                        List.of(
                            new TlaValue.Rec.Field("b", num(2)),
                            new TlaValue.Rec.Field("a", num(1)))))));
    State impl =
        new State(
            List.of(
                new State.Binding(
                    "adminQ", new TlaValue.Fcn(List.of(new TlaValue.Fcn.Pair(num(1), num(1))))),
                new State.Binding(
                    "r",
                    new TlaValue.Rec(
                        List.of(
                            new TlaValue.Rec.Field("a", num(1)),
                            new TlaValue.Rec.Field("b", num(2)))))));
    assertEquals(List.of(), Divergence.between(model, impl));
  }

  @Test
  void onlyTheDifferingFieldIsReported() {
    TlaValue okRec =
        new TlaValue.Rec(
            List.of(
                new TlaValue.Rec.Field("status", new TlaValue.Str("OK")),
                new TlaValue.Rec.Field("seen", new TlaValue.Bool(false))));
    TlaValue errRec =
        new TlaValue.Rec(
            List.of(
                new TlaValue.Rec.Field("status", new TlaValue.Str("ERR")),
                new TlaValue.Rec.Field("seen", new TlaValue.Bool(false))));
    State model =
        new State(
            List.of(
                new State.Binding(
                    "cmd", new TlaValue.Seq(List.of(okRec, Abstraction.NOT_SUBMITTED)))));
    State impl =
        new State(
            List.of(
                new State.Binding(
                    "cmd", new TlaValue.Seq(List.of(errRec, Abstraction.NOT_SUBMITTED)))));
    List<Difference> d = Divergence.between(model, impl);
    assertEquals(1, d.size());
    assertEquals("cmd[1].status", d.get(0).path());
    assertEquals(Optional.of(new TlaValue.Str("OK")), d.get(0).left());
    assertEquals(Optional.of(new TlaValue.Str("ERR")), d.get(0).right());
  }
}
