package dev.admincvq.tlc.inside;

import org.checkerframework.checker.nullness.qual.Nullable;
import tla2sany.semantic.LevelConstants;
import tla2sany.semantic.OpDefNode;
import tlc2.tool.Action;
import tlc2.tool.ITool;
import tlc2.util.Context;

/**
 * A definition of the root module (or a module it extends) that TLC can evaluate in one state: it
 * takes no arguments and is at most state-level (no primes, no temporal operators).
 *
 * @param name the definition's name
 * @param predicate its body, as an action TLC evaluates in a state; null when {@code error} says
 *     why not
 * @param error why the definition is no state predicate; null when it is one
 */
record StatePredicate(String name, @Nullable Action predicate, @Nullable String error) {
  /** The definition {@code name}, or the reason it is no state predicate. */
  static StatePredicate of(ITool tool, String name) {
    OpDefNode def = tool.getRootModule().getOpDef(name);
    if (def == null) {
      return new StatePredicate(name, null, "no definition named " + name);
    }
    if (def.getArity() != 0) {
      return new StatePredicate(name, null, name + " takes arguments: not a state predicate");
    }
    if (def.getBody().getLevel() > LevelConstants.VariableLevel) {
      return new StatePredicate(
          name, null, name + " is an action or temporal formula: not a state predicate");
    }
    return new StatePredicate(name, new Action(def.getBody(), Context.Empty, def), null);
  }
}
