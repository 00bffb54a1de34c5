package dev.admincvq.conform;

import dev.admincvq.graph.Edge;
import dev.admincvq.model.State;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the replay core ({@link LockstepReplayer}) needs of one spec's implementation: a fresh one
 * in the model's initial state, the step an edge of the model's state graph stands for, and the
 * implementation's state as a state of the spec.
 *
 * @param <I> the implementation replayed on (with whatever it records on the side)
 */
public interface SpecImplementation<I> {

  /** A fresh implementation in the model's initial state. */
  I fresh();

  /**
   * The step {@code edge} stands for.
   *
   * @param edge the edge
   * @param from the model's state before it
   * @param to the model's state after it (for a choice made inside the action)
   * @throws IllegalArgumentException if no action of the implementation implements the edge's
   */
  Step<I> step(Edge edge, State from, State to);

  /**
   * {@code implementation}'s state as a state of the spec, variable by variable in declaration
   * order.
   */
  State abstraction(I implementation);

  /**
   * One step as the implementation takes it.
   *
   * @param label the step as reported: the action with its parameters
   * @param drive takes the step on an implementation; answers why not (a refusal, a mismatch) or
   *     empty
   * @param <I> the implementation
   */
  record Step<I>(String label, Function<I, Optional<String>> drive) {}
}
