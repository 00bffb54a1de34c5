package dev.admincvq.tlc.inside;

import dev.admincvq.tlc.answer.Binding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;
import tla2sany.semantic.FormalParamNode;
import tla2sany.semantic.OpDefNode;
import tla2sany.semantic.SymbolNode;
import tlc2.tool.Action;
import tlc2.tool.ITool;
import tlc2.tool.StateVec;
import tlc2.tool.TLCState;
import tlc2.util.Context;
import tlc2.value.IValue;
import tlc2.value.impl.LazyValue;

/** The spec action behind one of TLC's actions, and its parameters with their values. */
final class ActionLabels {
  private ActionLabels() {}

  /**
   * The name of the spec action behind {@code name}. By the project's convention (as in CCF and
   * etcd-raft), a model file bounds a spec action {@code A} by a wrapper {@code MCA == bound /\ A};
   * the trace names the spec action, so that trace events equal spec action names.
   */
  static String specActionName(ITool tool, String name) {
    if (name.startsWith("MC") && name.length() > 2) {
      String wrapped = name.substring(2);
      if (tool.getRootModule().getOpDef(wrapped) != null) {
        return wrapped;
      }
    }
    return name;
  }

  /** The spec action behind {@code action}. */
  static String specActionName(ITool tool, Action action) {
    return specActionName(tool, action.getName().toString());
  }

  /** The action whose successors of {@code from} include {@code to}, found by TLC's evaluator. */
  static @Nullable Action actionBetween(ITool tool, TLCState from, TLCState to) {
    for (Action action : tool.getActions()) {
      StateVec next = tool.getNextStates(action, from);
      for (int i = 0; i < next.size(); i++) {
        if (next.elementAt(i).equals(to)) {
          return action;
        }
      }
    }
    return null;
  }

  /**
   * The action's formal parameters and their values ({@code c = 1}); when the action has none, the
   * variables its context binds (e.g. {@code \E c \in CmdId : ...}), innermost last.
   */
  static List<Binding> parametersOf(Action action) {
    Context context = action.con;
    List<SymbolNode> bound = new ArrayList<>();
    context.lookupName(
        name -> {
          bound.add(name);
          return false;
        });
    List<String> wanted = new ArrayList<>();
    OpDefNode def = action.getOpDef();
    if (def != null && def.getParams().length > 0) {
      for (FormalParamNode p : def.getParams()) {
        wanted.add(p.getName().toString());
      }
    } else {
      for (int i = bound.size() - 1; i >= 0; i--) {
        wanted.add(bound.get(i).getName().toString());
      }
    }
    List<Binding> params = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String name : wanted) {
      for (SymbolNode symbol : bound) {
        if (symbol.getName().toString().equals(name)
            && context.lookup(symbol) instanceof IValue v
            && seen.add(name)) {
          params.add(new Binding(name, ValueEncoder.valueOf(v)));
        }
      }
    }
    return params;
  }

  /** {@link #parametersOf}, with lazily bound arguments (operator parameters) evaluated. */
  static List<Binding> evaluatedParameters(ITool tool, Action action) {
    Context context = action.con;
    List<Binding> out = parametersOf(action);
    OpDefNode def = action.getOpDef();
    if (def == null) {
      return out;
    }
    List<Binding> evaluated = new ArrayList<>();
    Set<String> have = new HashSet<>();
    for (FormalParamNode formal : def.getParams()) {
      String name = formal.getName().toString();
      Object bound = context.lookup(formal);
      if (bound instanceof LazyValue lazy) {
        IValue v = tool.eval(lazy.expr, lazy.con, TLCState.Empty);
        evaluated.add(new Binding(name, ValueEncoder.valueOf(v)));
        have.add(name);
      } else if (bound instanceof IValue v) {
        evaluated.add(new Binding(name, ValueEncoder.valueOf(v)));
        have.add(name);
      }
    }
    return have.size() == def.getParams().length ? evaluated : out;
  }
}
