package dev.admincvq.tlc.inside;

import dev.admincvq.tlc.answer.PredicateAnswer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;
import tlc2.tool.Action;
import tlc2.tool.ITool;
import tlc2.tool.TLCState;

/**
 * A named state predicate evaluated in every state of a graph, and every state where it is false
 * (unlike {@link InvariantCheck}, which stops at the first).
 */
final class PredicateCheck {
  private final String name;
  private final @Nullable Action predicate;
  private final List<Integer> falseIn = new ArrayList<>();
  private @Nullable String error;

  private PredicateCheck(StatePredicate p) {
    this.name = p.name();
    this.predicate = p.predicate();
    this.error = p.error();
  }

  /** Each of {@code names}, looked up as {@link StatePredicate#of}. */
  static List<PredicateCheck> all(ITool tool, List<String> names) {
    List<PredicateCheck> made = new ArrayList<>();
    for (String name : names) {
      made.add(new PredicateCheck(StatePredicate.of(tool, name)));
    }
    return made;
  }

  /**
   * Evaluates the predicate in state number {@code index}, unless it could not be evaluated before.
   */
  void evaluate(ITool tool, TLCState state, int index) {
    Action p = predicate;
    if (p == null || error != null) {
      return;
    }
    try {
      if (!tool.isValid(p, state)) {
        falseIn.add(index);
      }
    } catch (RuntimeException e) {
      error = "cannot evaluate " + name + ": " + e.getMessage();
      falseIn.clear();
    }
  }

  PredicateAnswer answer() {
    String e = error;
    return e == null
        ? new PredicateAnswer(name, falseIn, Optional.empty())
        : new PredicateAnswer(name, List.of(), Optional.of(e));
  }
}
