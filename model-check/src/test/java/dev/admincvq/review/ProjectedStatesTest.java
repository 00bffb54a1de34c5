package dev.admincvq.review;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.admincvq.graph.StateGraph;
import dev.admincvq.model.State;
import dev.admincvq.model.TlaValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectedStatesTest {
  private static State state(Object... nameValue) {
    List<State.Binding> b = new java.util.ArrayList<>();
    for (int i = 0; i < nameValue.length; i += 2) {
      b.add(new State.Binding((String) nameValue[i], (TlaValue) nameValue[i + 1]));
    }
    return new State(b);
  }

  private static StateGraph graph(State... states) {
    return new StateGraph(List.of(states), List.of(0), List.of(), false);
  }

  private static TlaValue seq(long... xs) {
    return new TlaValue.Seq(
        java.util.Arrays.stream(xs).<TlaValue>mapToObj(TlaValue.Int::of).toList());
  }

  @Test
  void statesEqualOnTheSharedVariablesGetOneNumberAcrossSidesWhateverTheirShapeOrOrder() {
    // BASE declares x, y, hidden; HEAD declares y, x (another order) and new.
    StateGraph base =
        graph(
            state("x", seq(1, 2), "y", TlaValue.Int.of(0), "hidden", TlaValue.Int.of(5)),
            state("x", seq(1, 2), "y", TlaValue.Int.of(0), "hidden", TlaValue.Int.of(6)),
            state("x", seq(2), "y", TlaValue.Int.of(0), "hidden", TlaValue.Int.of(5)));
    // HEAD's x is the same function as a sequence <<1, 2>>, written as a function of 1..2.
    TlaValue sameAsSeq =
        new TlaValue.Fcn(
            List.of(
                new TlaValue.Fcn.Pair(TlaValue.Int.of(1), TlaValue.Int.of(1)),
                new TlaValue.Fcn.Pair(TlaValue.Int.of(2), TlaValue.Int.of(2))));
    StateGraph head =
        graph(
            state("y", TlaValue.Int.of(0), "x", sameAsSeq, "new", new TlaValue.Bool(true)),
            state("y", TlaValue.Int.of(1), "x", seq(2), "new", new TlaValue.Bool(true)),
            state("y", TlaValue.Int.of(0), "x", seq(2), "new", new TlaValue.Bool(false)));
    ProjectedStates numbers = new ProjectedStates(Projection.of(base, head));

    assertArrayEquals(new int[] {0, 0, 1}, numbers.number(base), "hidden is not compared");
    assertArrayEquals(new int[] {0, 2, 1}, numbers.number(head), "new is not compared");
  }
}
