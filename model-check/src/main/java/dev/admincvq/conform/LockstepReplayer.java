package dev.admincvq.conform;

import dev.admincvq.graph.Edge;
import dev.admincvq.graph.GraphPath;
import dev.admincvq.graph.StateGraph;
import dev.admincvq.model.Difference;
import dev.admincvq.model.State;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The replay core, the same for every spec: replays a path of a model's state graph in lockstep on
 * a fresh implementation, comparing the abstraction of its state with the model's state first in
 * the initial state, then after each edge driven; the first step that is refused or ends in a
 * different state is the path's divergence.
 *
 * @param <I> the implementation replayed on
 */
public final class LockstepReplayer<I> implements PathReplayer {
  private final StateGraph graph;
  private final SpecImplementation<I> implementation;

  /**
   * A replayer of {@code graph}'s paths on {@code implementation}.
   *
   * @param graph the model's state graph
   * @param implementation the spec's implementation, its steps and abstraction
   */
  public LockstepReplayer(StateGraph graph, SpecImplementation<I> implementation) {
    this.graph = graph;
    this.implementation = implementation;
  }

  @Override
  public Optional<Divergence> replay(int index, GraphPath path) {
    I replayed = implementation.fresh();
    List<String> soFar = new ArrayList<>();
    State expected = graph.states().get(path.initial());
    State actual = implementation.abstraction(replayed);
    List<Difference> diff = Divergence.between(expected, actual);
    if (!diff.isEmpty()) {
      return Optional.of(
          new Divergence(index, 0, soFar, "Init", Optional.empty(), expected, actual, diff));
    }
    int step = 0;
    for (int e : path.edges()) {
      step++;
      Edge edge = graph.edges().get(e);
      expected = graph.states().get(edge.to());
      SpecImplementation.Step<I> s =
          implementation.step(edge, graph.states().get(edge.from()), expected);
      Optional<String> refusal = s.drive().apply(replayed);
      actual = implementation.abstraction(replayed);
      diff = Divergence.between(expected, actual);
      if (refusal.isPresent() || !diff.isEmpty()) {
        return Optional.of(
            new Divergence(index, step, soFar, s.label(), refusal, expected, actual, diff));
      }
      soFar.add(s.label());
    }
    return Optional.empty();
  }
}
