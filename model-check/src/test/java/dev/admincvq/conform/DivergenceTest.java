package dev.admincvq.conform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.graph.GraphPath;
import dev.admincvq.model.Difference;
import dev.admincvq.model.State;
import dev.admincvq.model.TlaValue;
import dev.admincvq.reference.v1.DeviceCheck;
import dev.admincvq.reference.v1.DriverSync;
import dev.admincvq.reference.v1.Settings;
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
                        List.of(new TlaValue.Rec.Field("b", num(2)), new TlaValue.Rec.Field("a", num(1)))))));
    State impl =
        new State(
            List.of(
                new State.Binding("adminQ", new TlaValue.Fcn(List.of(new TlaValue.Fcn.Pair(num(1), num(1))))),
                new State.Binding(
                    "r",
                    new TlaValue.Rec(
                        List.of(new TlaValue.Rec.Field("a", num(1)), new TlaValue.Rec.Field("b", num(2)))))));
    assertEquals(List.of(), Divergence.between(model, impl));
  }

  @Test
  void onlyTheDifferingFieldIsReported() {
    TlaValue okRec =
        new TlaValue.Rec(
            List.of(new TlaValue.Rec.Field("status", new TlaValue.Str("OK")), new TlaValue.Rec.Field("seen", new TlaValue.Bool(false))));
    TlaValue errRec =
        new TlaValue.Rec(
            List.of(new TlaValue.Rec.Field("status", new TlaValue.Str("ERR")), new TlaValue.Rec.Field("seen", new TlaValue.Bool(false))));
    State model = new State(List.of(new State.Binding("cmd", new TlaValue.Seq(List.of(okRec, Abstraction.NOT_SUBMITTED)))));
    State impl = new State(List.of(new State.Binding("cmd", new TlaValue.Seq(List.of(errRec, Abstraction.NOT_SUBMITTED)))));
    List<Difference> d = Divergence.between(model, impl);
    assertEquals(1, d.size());
    assertEquals("cmd[1].status", d.get(0).path());
    assertEquals(Optional.of(new TlaValue.Str("OK")), d.get(0).left());
    assertEquals(Optional.of(new TlaValue.Str("ERR")), d.get(0).right());
  }

  /**
   * The safe model's paths replayed on a machine built with another design (no device check) must
   * diverge: the comparison is not vacuous.
   */
  @Test
  void aMachineWithAnotherDesignDiverges() {
    Conformance c = ConformanceTest.conformance();
    Replayer wrong = new Replayer(c.graph(), new Settings(1, DriverSync.BARRIER, DeviceCheck.NONE, true));
    List<GraphPath> paths = c.cover().paths();
    Optional<Divergence> first = Optional.empty();
    for (int i = 0; i < paths.size() && first.isEmpty(); i++) {
      first = wrong.replay(i, paths.get(i));
    }
    assertTrue(first.isPresent());
    Divergence d = first.get();
    assertFalse(d.differences().isEmpty());
    assertTrue(d.action().startsWith("DeviceProcess"), d.action());
    assertTrue(d.differences().stream().anyMatch(x -> x.path().endsWith(".status")), d.differences().toString());
    String text = ConformText.divergence(d);
    assertTrue(text.contains("path so far"), text);
    assertTrue(text.contains("expected \"ERR\", actual \"OK\""), text);
  }
}
