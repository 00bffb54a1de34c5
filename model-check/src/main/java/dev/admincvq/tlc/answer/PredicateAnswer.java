package dev.admincvq.tlc.answer;

import java.util.List;
import java.util.Optional;

/**
 * One state predicate evaluated in every state of a graph.
 *
 * @param name the predicate: a definition of the spec, by name
 * @param falseIn the indices of the states where it is false, ascending; empty when it holds
 *     everywhere or could not be evaluated
 * @param error why it could not be evaluated, if so
 */
public record PredicateAnswer(String name, List<Integer> falseIn, Optional<String> error) {
  public PredicateAnswer {
    falseIn = List.copyOf(falseIn);
  }
}
