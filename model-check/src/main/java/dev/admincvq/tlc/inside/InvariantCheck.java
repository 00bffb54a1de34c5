package dev.admincvq.tlc.inside;

import dev.admincvq.tlc.answer.InvariantAnswer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.checkerframework.checker.nullness.qual.Nullable;
import tlc2.tool.Action;
import tlc2.tool.ITool;
import tlc2.tool.TLCState;

/** A named state predicate evaluated in every state of a graph, and where it first failed. */
final class InvariantCheck {
  private final String name;
  private final @Nullable Action predicate;
  private int firstViolation = -1;
  private @Nullable String error;

  private InvariantCheck(String name, @Nullable Action predicate, @Nullable String error) {
    this.name = name;
    this.predicate = predicate;
    this.error = error;
  }

  /** The invariant {@code name} of the root module (see {@link StatePredicate}). */
  static InvariantCheck of(ITool tool, String name) {
    StatePredicate p = StatePredicate.of(tool, name);
    return new InvariantCheck(name, p.predicate(), p.error());
  }

  /** Each of {@code names}, as {@link #of}. */
  static List<InvariantCheck> all(ITool tool, List<String> names) {
    List<InvariantCheck> made = new ArrayList<>();
    for (String name : names) {
      made.add(of(tool, name));
    }
    return made;
  }

  /** Evaluates the predicate in state number {@code index}, until it first fails. */
  void evaluate(ITool tool, TLCState state, int index) {
    Action p = predicate;
    if (p == null || firstViolation >= 0 || error != null) {
      return;
    }
    try {
      if (!tool.isValid(p, state)) {
        firstViolation = index;
      }
    } catch (RuntimeException e) {
      error = "cannot evaluate " + name + ": " + e.getMessage();
    }
  }

  InvariantAnswer answer() {
    String e = error;
    return e == null
        ? new InvariantAnswer(
            name,
            firstViolation >= 0 ? OptionalInt.of(firstViolation) : OptionalInt.empty(),
            Optional.empty())
        : new InvariantAnswer(name, OptionalInt.empty(), Optional.of(e));
  }
}
