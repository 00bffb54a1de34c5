package dev.admincvq.tlc.inside;

import dev.admincvq.tlc.answer.ReadsAnswer.ReadAnswer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;
import tla2sany.semantic.APSubstInNode;
import tla2sany.semantic.ASTConstants;
import tla2sany.semantic.AtNode;
import tla2sany.semantic.ExprNode;
import tla2sany.semantic.ExprOrOpArgNode;
import tla2sany.semantic.FormalParamNode;
import tla2sany.semantic.LabelNode;
import tla2sany.semantic.LetInNode;
import tla2sany.semantic.OpApplNode;
import tla2sany.semantic.OpArgNode;
import tla2sany.semantic.OpDeclNode;
import tla2sany.semantic.OpDefNode;
import tla2sany.semantic.SemanticNode;
import tla2sany.semantic.SubstInNode;
import tla2sany.semantic.SymbolNode;

/**
 * Walks an action's body in SANY's semantic tree and records every read of a state variable, with
 * the actor it is attributed to. The rules (ActorReadsTest states them too):
 *
 * <ul>
 *   <li>A read is an occurrence of a state variable, primed or not, except: the left side of {@code
 *       x' = e} (a write); anything inside {@code UNCHANGED}; anything inside {@code e} of {@code
 *       h' = e} when {@code h} is a history variable (a history variable's next value may be
 *       computed from anything). The base of {@code [x EXCEPT ...]} (and so {@code @}) is a read of
 *       {@code x}, also on the right of {@code x' =}.
 *   <li>User-defined operators of the spec (LET definitions included) are expanded: their bodies
 *       are walked, each argument walked where its parameter occurs, in the caller's context. An
 *       operator whose name starts with an actor's prefix is attributed to that actor (a {@code
 *       Device...} definition called from a driver's action is the device's reaction to the
 *       driver's write); one without a prefix keeps its caller's actor. Operators of the standard
 *       modules are not expanded (they cannot name the spec's variables); a recursive call is not
 *       expanded again.
 *   <li>An exempt operator's body is not walked (its arguments are).
 * </ul>
 */
final class ReadsWalker {
  private final Set<OpDeclNode> history;
  private final Map<String, String> actorOfPrefix;
  private final Set<String> exempt;

  /**
   * @param history the history variables
   * @param prefixes the actors' operator-name prefixes
   * @param exempt the operators whose bodies are not walked
   */
  ReadsWalker(Set<OpDeclNode> history, List<String> prefixes, Set<String> exempt) {
    this.history = Set.copyOf(history);
    Map<String, String> actors = new HashMap<>();
    prefixes.forEach(p -> actors.put(p, p));
    this.actorOfPrefix = Map.copyOf(actors);
    this.exempt = Set.copyOf(exempt);
  }

  /** The actor prefix {@code name} starts with (the longest, if several do). */
  Optional<String> actorOf(String name) {
    return actorOfPrefix.keySet().stream()
        .filter(name::startsWith)
        .max((a, b) -> Integer.compare(a.length(), b.length()));
  }

  /**
   * The reads of {@code application} (an action applied in the next-state relation), attributed to
   * {@code prefix} unless a callee's name says otherwise.
   */
  List<ReadAnswer> readsOf(OpApplNode application, String prefix) {
    List<ReadAnswer> reads = new ArrayList<>();
    walk(application, new Scope(reads, prefix, List.of(), Map.of(), Set.of(), false, false));
    return List.copyOf(reads);
  }

  /** An argument bound to a parameter, with the context of its call site. */
  private record Bound(ExprOrOpArgNode argument, Scope scope) {}

  /**
   * Where the walk is.
   *
   * @param reads where the reads found are added (one list per action walked)
   * @param prefix the actor the reads are attributed to
   * @param path the operators expanded from the action down to here
   * @param params the arguments of the parameters in scope
   * @param active the operators being expanded (a recursive call is not expanded again)
   * @param historyUpdate inside {@code e} of {@code h' = e}, {@code h} a history variable
   * @param primed inside a prime
   */
  private record Scope(
      List<ReadAnswer> reads,
      String prefix,
      List<String> path,
      Map<FormalParamNode, Bound> params,
      Set<OpDefNode> active,
      boolean historyUpdate,
      boolean primed) {
    Scope withHistoryUpdate(boolean update) {
      return new Scope(reads, prefix, path, params, active, update, primed);
    }

    Scope withPrimed() {
      return new Scope(reads, prefix, path, params, active, historyUpdate, true);
    }
  }

  private void walk(@Nullable SemanticNode node, Scope scope) {
    if (node == null) {
      return;
    }
    if (node instanceof OpApplNode application) {
      applied(application, scope);
    } else if (node instanceof LetInNode let) {
      walk(let.getBody(), scope); // a LET definition is walked where it is used
    } else if (node instanceof SubstInNode subst) {
      walk(subst.getBody(), scope);
    } else if (node instanceof APSubstInNode subst) {
      walk(subst.getBody(), scope);
    } else if (node instanceof LabelNode label) {
      walk(label.getBody(), scope);
    } else if (node instanceof AtNode) {
      return; // @ is the EXCEPT's base, read where the base is walked
    } else if (node instanceof OpArgNode argument) {
      SymbolNode op = argument.getOp();
      if (op instanceof OpDefNode def && def.getKind() == ASTConstants.UserDefinedOpKind) {
        walk(def.getBody(), scope); // a LAMBDA or an operator passed as an argument
      }
    } else if (node instanceof ExprNode) {
      for (@Nullable SemanticNode child : children(node)) {
        walk(child, scope);
      }
    }
  }

  private void applied(OpApplNode application, Scope scope) {
    SymbolNode op = application.getOperator();
    if (op instanceof OpDeclNode variable && variable.getKind() == ASTConstants.VariableDeclKind) {
      if (!scope.historyUpdate()) {
        scope
            .reads()
            .add(
                new ReadAnswer(
                    scope.prefix(),
                    variable.getName().toString(),
                    scope.primed(),
                    scope.path(),
                    application.getLocation().toString()));
      }
      return;
    }
    if (op instanceof FormalParamNode param) {
      @Nullable Bound bound = scope.params().get(param);
      if (bound != null) {
        walk(bound.argument(), bound.scope().withHistoryUpdate(scope.historyUpdate()));
      }
      walkOperands(application, scope); // a higher-order parameter applied to arguments
      return;
    }
    if (op instanceof OpDefNode def && def.getKind() == ASTConstants.BuiltInKind) {
      builtIn(application, def, scope);
      return;
    }
    if (op instanceof OpDefNode def
        && def.getKind() == ASTConstants.UserDefinedOpKind
        && expands(def, scope)) {
      expand(application, def, scope);
      return;
    }
    walkOperands(application, scope);
  }

  private boolean expands(OpDefNode def, Scope scope) {
    return !exempt.contains(def.getName().toString())
        && !def.getOriginallyDefinedInModuleNode().isStandard()
        && !scope.active().contains(def);
  }

  private void builtIn(OpApplNode application, OpDefNode def, Scope scope) {
    String name = def.getName().toString();
    @Nullable ExprOrOpArgNode[] args = args(application);
    if (name.equals("UNCHANGED")) {
      return;
    }
    if (def.getName() == ASTConstants.OP_prime) {
      for (@Nullable ExprOrOpArgNode arg : args) {
        walk(arg, scope.withPrimed());
      }
      return;
    }
    if (name.equals("=") && args.length == 2) {
      Optional<OpDeclNode> written = primedVariable(args[0], scope);
      if (written.isPresent()) {
        walk(
            args[1],
            scope.withHistoryUpdate(scope.historyUpdate() || history.contains(written.get())));
        return;
      }
    }
    walkOperands(application, scope);
  }

  /**
   * The variable {@code x} when {@code node} is {@code x'} (through a parameter bound to {@code
   * x}).
   */
  private Optional<OpDeclNode> primedVariable(@Nullable ExprOrOpArgNode node, Scope scope) {
    if (node instanceof OpApplNode prime
        && prime.getOperator().getName() == ASTConstants.OP_prime
        && args(prime).length == 1) {
      return variable(args(prime)[0], scope);
    }
    return Optional.empty();
  }

  private Optional<OpDeclNode> variable(@Nullable ExprOrOpArgNode node, Scope scope) {
    if (node instanceof OpApplNode application) {
      SymbolNode op = application.getOperator();
      if (op instanceof OpDeclNode variable
          && variable.getKind() == ASTConstants.VariableDeclKind) {
        return Optional.of(variable);
      }
      if (op instanceof FormalParamNode param) {
        @Nullable Bound bound = scope.params().get(param);
        if (bound != null) {
          return variable(bound.argument(), bound.scope());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Walks the body of a user-defined operator, its parameters bound to the arguments at this call
   * site. The parameters in scope stay visible (a LET definition's body names its enclosing
   * operator's parameters).
   */
  private void expand(OpApplNode application, OpDefNode def, Scope scope) {
    String name = def.getName().toString();
    Map<FormalParamNode, Bound> params = new HashMap<>(scope.params());
    FormalParamNode[] formals = def.getParams();
    @Nullable ExprOrOpArgNode[] args = args(application);
    for (int i = 0; i < formals.length && i < args.length; i++) {
      @Nullable ExprOrOpArgNode arg = args[i];
      if (arg != null) {
        params.put(formals[i], new Bound(arg, scope));
      }
    }
    Set<OpDefNode> active = new HashSet<>(scope.active());
    active.add(def);
    List<String> path = new ArrayList<>(scope.path());
    path.add(name);
    walk(
        def.getBody(),
        new Scope(
            scope.reads(),
            actorOf(name).orElse(scope.prefix()),
            List.copyOf(path),
            Map.copyOf(params),
            Set.copyOf(active),
            scope.historyUpdate(),
            scope.primed()));
  }

  private void walkOperands(OpApplNode application, Scope scope) {
    ExprNode @Nullable [] bounds = application.getBdedQuantBounds();
    if (bounds != null) {
      for (ExprNode bound : bounds) {
        walk(bound, scope);
      }
    }
    for (@Nullable ExprOrOpArgNode arg : args(application)) {
      walk(arg, scope);
    }
  }

  private static @Nullable ExprOrOpArgNode[] args(OpApplNode application) {
    @Nullable ExprOrOpArgNode @Nullable [] args = application.getArgs();
    return args == null ? new ExprOrOpArgNode[0] : args;
  }

  private static @Nullable SemanticNode[] children(SemanticNode node) {
    @Nullable SemanticNode @Nullable [] children = node.getChildren();
    return children == null ? new SemanticNode[0] : children;
  }
}
