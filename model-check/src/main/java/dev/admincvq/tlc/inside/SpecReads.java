package dev.admincvq.tlc.inside;

import dev.admincvq.tlc.answer.ReadsAnswer;
import dev.admincvq.tlc.answer.ReadsAnswer.ActionAnswer;
import dev.admincvq.tlc.answer.ReadsAnswer.ReadAnswer;
import dev.admincvq.tlc.answer.ReadsAnswer.ViewAnswer;
import dev.admincvq.tlc.answer.ReadsQuery;
import dev.admincvq.tlc.answer.ReadsQuery.ActorQuery;
import dev.admincvq.tlc.answer.RunInput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.checkerframework.checker.nullness.qual.Nullable;
import tla2sany.modanalyzer.SpecObj;
import tla2sany.semantic.ASTConstants;
import tla2sany.semantic.ExprNode;
import tla2sany.semantic.ExprOrOpArgNode;
import tla2sany.semantic.FormalParamNode;
import tla2sany.semantic.LetInNode;
import tla2sany.semantic.ModuleNode;
import tla2sany.semantic.OpApplNode;
import tla2sany.semantic.OpDeclNode;
import tla2sany.semantic.OpDefNode;
import tla2sany.semantic.SemanticNode;
import tla2sany.semantic.SymbolNode;

/**
 * Which state variables each action of a spec reads, from SANY's semantic tree: parses the module
 * ({@link SanyParse}), takes the actions from the next-state relation (the spec's operators it
 * applies), each actor's view and the history variables from their tuples, and walks each action
 * ({@link ReadsWalker}). Judging the reads against the views is left to the caller.
 */
final class SpecReads {
  private SpecReads() {}

  static ReadsAnswer analyze(RunInput input, ReadsQuery query) {
    SanyParse.Parsed parsed = SanyParse.parsed(input);
    Optional<SpecObj> spec = parsed.spec();
    if (spec.isEmpty()) {
      return new ReadsAnswer(
          parsed.answer(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
    ModuleNode root = spec.get().getExternalModuleTable().getRootModule();
    List<String> problems = new ArrayList<>();
    List<String> variables = new ArrayList<>();
    Arrays.stream(root.getVariableDecls())
        .sorted(ValueEncoder.DECLARATION_ORDER)
        .forEach(variable -> variables.add(variable.getName().toString()));
    Set<OpDeclNode> history = tupleMembers(root, query.historyTuple(), problems);
    List<ViewAnswer> views = new ArrayList<>();
    for (ActorQuery actor : query.actors()) {
      views.add(
          new ViewAnswer(
              actor.prefix(), actor.view(), names(tupleMembers(root, actor.view(), problems))));
    }
    ReadsWalker walker =
        new ReadsWalker(
            history,
            query.actors().stream().map(ActorQuery::prefix).toList(),
            new HashSet<>(query.exempt()));
    List<ActionAnswer> actions = new ArrayList<>();
    @Nullable OpDefNode next = root.getOpDef(query.next());
    if (next == null) {
      problems.add("no next-state relation " + query.next() + " in module " + root.getName());
    } else {
      Map<OpDefNode, List<OpApplNode>> applied = new LinkedHashMap<>();
      actionsApplied(next.getBody(), root, applied);
      applied.forEach(
          (action, applications) -> {
            String name = action.getName().toString();
            Optional<String> prefix = walker.actorOf(name);
            if (prefix.isEmpty()) {
              problems.add(
                  query.next() + " applies " + name + ", whose name starts with no actor's prefix");
              return;
            }
            Set<ReadAnswer> reads = new LinkedHashSet<>(); // an action applied twice reads the same
            applications.forEach(a -> reads.addAll(walker.readsOf(a, prefix.get())));
            List<String> parameters = new ArrayList<>();
            for (FormalParamNode parameter : action.getParams()) {
              parameters.add(parameter.getName().toString());
            }
            actions.add(new ActionAnswer(name, parameters, prefix.get(), List.copyOf(reads)));
          });
    }
    return new ReadsAnswer(parsed.answer(), variables, names(history), views, actions, problems);
  }

  /**
   * The spec's operators applied in {@code node}, outside any other operator of the spec, each with
   * its applications, in order of first appearance.
   */
  private static void actionsApplied(
      @Nullable SemanticNode node, ModuleNode root, Map<OpDefNode, List<OpApplNode>> applied) {
    if (node == null) {
      return;
    }
    if (node instanceof OpApplNode application
        && application.getOperator() instanceof OpDefNode def
        && def.getKind() == ASTConstants.UserDefinedOpKind
        && root.equals(def.getOriginallyDefinedInModuleNode())) {
      applied.computeIfAbsent(def, d -> new ArrayList<>()).add(application);
      return;
    }
    if (node instanceof LetInNode let) {
      actionsApplied(let.getBody(), root, applied);
      return;
    }
    if (node instanceof OpApplNode application) {
      for (ExprOrOpArgNode arg :
          application.getArgs()) { // not the quantifiers' bounds (Target, VF)
        actionsApplied(arg, root, applied);
      }
      return;
    }
    @Nullable SemanticNode[] children = node.getChildren();
    if (children != null) {
      for (SemanticNode child : children) {
        actionsApplied(child, root, applied);
      }
    }
  }

  /**
   * The variables of the tuple {@code name} (a definition without parameters), tuples of tuples
   * flattened through the definitions they name.
   */
  private static Set<OpDeclNode> tupleMembers(ModuleNode root, String name, List<String> problems) {
    Set<OpDeclNode> members = new LinkedHashSet<>();
    @Nullable OpDefNode def = root.getOpDef(name);
    if (def == null || def.getArity() != 0) {
      problems.add("no definition " + name + " (a tuple of variables) in module " + root.getName());
      return members;
    }
    collect(def.getBody(), name, members, problems);
    return members;
  }

  private static void collect(
      ExprOrOpArgNode node, String tuple, Set<OpDeclNode> members, List<String> problems) {
    if (node instanceof OpApplNode application) {
      SymbolNode op = application.getOperator();
      if (op instanceof OpDeclNode variable
          && variable.getKind() == ASTConstants.VariableDeclKind) {
        members.add(variable);
        return;
      }
      if (op.getName() == ASTConstants.OP_tup) {
        for (ExprOrOpArgNode member : application.getArgs()) {
          collect(member, tuple, members, problems);
        }
        return;
      }
      if (op instanceof OpDefNode def
          && def.getKind() == ASTConstants.UserDefinedOpKind
          && def.getArity() == 0) {
        ExprNode body = def.getBody();
        collect(body, tuple, members, problems);
        return;
      }
    }
    problems.add(
        tuple + ": " + node.getLocation() + " is neither a variable nor a tuple of variables");
  }

  private static List<String> names(Set<OpDeclNode> variables) {
    Set<String> names = new TreeSet<>();
    variables.forEach(v -> names.add(v.getName().toString()));
    return List.copyOf(names);
  }
}
