package dev.admincvq.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.admincvq.model.State;
import dev.admincvq.model.Step;
import dev.admincvq.model.TlaValue;
import dev.admincvq.model.Trace;
import java.util.List;
import org.junit.jupiter.api.Test;

class TracePrinterTest {
  private static TlaValue rec(String status) {
    return new TlaValue.Rec(
        List.of(
            new TlaValue.Rec.Field("target", TlaValue.Int.of(1)),
            new TlaValue.Rec.Field("status", new TlaValue.Str(status))));
  }

  private static State state(String status, long queue) {
    return new State(
        List.of(
            new State.Binding("cmd", new TlaValue.Seq(List.of(rec(status)))),
            new State.Binding("n", TlaValue.Int.of(queue))));
  }

  @Test
  void stepsShowTheActionAndOnlyThePartsThatChanged() {
    Trace t =
        Trace.finite(
            List.of(
                new Step(1, Step.INIT, List.of(), state("queued", 0)),
                new Step(
                    2,
                    "DeviceFetch",
                    List.of(new State.Binding("c", TlaValue.Int.of(1))),
                    state("fetched", 0)),
                new Step(3, "Tick", List.of(), state("fetched", 1))));
    assertEquals(
        """
          1. Init
               cmd = <<[target |-> 1, status |-> "queued"]>>
               n = 0
          2. DeviceFetch(c = 1)
               cmd[1].status = "fetched"
          3. Tick
               n = 1
        """,
        TracePrinter.render(t));
  }

  @Test
  void fullStatesShowEveryVariableAndMarkTheChangedOnes() {
    Trace t =
        Trace.finite(
            List.of(
                new Step(1, Step.INIT, List.of(), state("queued", 0)),
                new Step(
                    2,
                    "DeviceFetch",
                    List.of(new State.Binding("c", TlaValue.Int.of(1))),
                    state("fetched", 0)),
                new Step(3, "Stay", List.of(), state("fetched", 0))));
    assertEquals(
        """
          1. Init
               cmd = <<[target |-> 1, status |-> "queued"]>>
               n = 0
          2. DeviceFetch(c = 1)
             * cmd = <<[target |-> 1, status |-> "fetched"]>>
               n = 0
          3. Stay
               cmd = <<[target |-> 1, status |-> "fetched"]>>
               n = 0
        """,
        TracePrinter.render(t, TracePrinter.Detail.FULL_STATES));
  }

  @Test
  void lassoEndsWithWhereItLoops() {
    Trace t =
        new Trace(
            List.of(new Step(1, Step.INIT, List.of(), state("queued", 0))),
            java.util.OptionalInt.empty(),
            true);
    assertEquals(
        "  1. Init\n       cmd = <<[target |-> 1, status |-> \"queued\"]>>\n       n = 0\n  then stutters forever: nothing else happens\n",
        TracePrinter.render(t));
  }
}
