package dev.admincvq.scenario;

import dev.admincvq.graph.Edge;
import dev.admincvq.graph.StateGraph;
import dev.admincvq.matrix.Manifest;
import dev.admincvq.matrix.ModelEntry;
import dev.admincvq.model.State;
import dev.admincvq.model.TlaValue;
import dev.admincvq.tlc.EvaluatedGraph;
import dev.admincvq.tlc.GraphExplorer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Replays scenarios on the state graphs of the models of a manifest.
 *
 * <p>A scenario's model is explored once, by TLC, with every state predicate the scenario's
 * expectations name evaluated by TLC in every state of the graph: {@code expect holds P} is the
 * spec's own definition of {@code P}, never a transcription of it. Each step must be an edge from
 * the current state with the step's action and parameters ({@code impossible} steps must not be);
 * value expectations are looked up in the state where they stand. Which actions, parameters,
 * variables and predicates exist is the model's to say: a name it does not know fails the scenario
 * at that line.
 */
public final class ScenarioRunner {
  /** A state bound far above the models scenarios use; a larger graph fails the scenario. */
  public static final int MAX_STATES = 1_000_000;

  private final Manifest manifest;

  /**
   * A runner.
   *
   * @param manifest the models' manifest, whose entries scenarios name
   */
  public ScenarioRunner(Manifest manifest) {
    this.manifest = manifest;
  }

  /** The scenario files of {@code dir}, by name. */
  public static List<Path> files(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> String.valueOf(p.getFileName()).endsWith(".scenario")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  /**
   * Reads and runs {@code files}, each model explored once for all the scenarios naming it; a file
   * that cannot be read or does not parse is a failed result with the error, marked {@link
   * ScenarioResult#badInput()}, and the other files still run.
   *
   * @return one result per file, in the order given
   */
  public List<ScenarioResult> runAll(List<Path> files) {
    List<Optional<ScenarioResult>> results = new ArrayList<>();
    Map<String, List<Map.Entry<Integer, Scenario>>> byModel = new LinkedHashMap<>();
    for (Path file : files) {
      int index = results.size();
      try {
        Scenario s = ScenarioParser.read(file);
        byModel.computeIfAbsent(s.model(), m -> new ArrayList<>()).add(Map.entry(index, s));
        results.add(Optional.empty());
      } catch (ScenarioException e) {
        String name = String.valueOf(file.getFileName()).replaceFirst("\\.scenario$", "");
        results.add(
            Optional.of(
                new ScenarioResult(
                    name, "", 0, 0, List.of(), Optional.of(String.valueOf(e.getMessage())), true)));
      }
    }
    for (List<Map.Entry<Integer, Scenario>> group : byModel.values()) {
      List<ScenarioResult> ran = runOnOneModel(group.stream().map(Map.Entry::getValue).toList());
      for (int i = 0; i < group.size(); i++) {
        results.set(group.get(i).getKey(), Optional.of(ran.get(i)));
      }
    }
    return results.stream().map(Optional::orElseThrow).toList();
  }

  /** Reads and runs one file. */
  public ScenarioResult run(Path file) {
    return runAll(List.of(file)).get(0);
  }

  /** Runs a parsed scenario. */
  public ScenarioResult run(Scenario s) {
    return runOnOneModel(List.of(s)).get(0);
  }

  /** Runs scenarios that all name one model, exploring it once. */
  private List<ScenarioResult> runOnOneModel(List<Scenario> scenarios) {
    Scenario first = scenarios.get(0);
    Optional<ModelEntry> entry =
        manifest.models().stream().filter(m -> m.name().equals(first.model())).findFirst();
    if (entry.isEmpty()) {
      return scenarios.stream()
          .map(
              s ->
                  result(
                      s,
                      "",
                      List.of(),
                      s.file()
                          + ":"
                          + s.modelLine()
                          + ": no model named '"
                          + s.model()
                          + "' in "
                          + manifest.file()))
          .toList();
    }
    ModelEntry model = entry.get();
    String modelText = model.name() + ": " + model.optionsText();
    Set<String> predicates = new LinkedHashSet<>();
    scenarios.forEach(s -> predicates.addAll(s.properties()));
    EvaluatedGraph explored;
    try {
      explored =
          GraphExplorer.create()
              .explore(
                  model.spec(),
                  model.config(),
                  model.libraryPaths(),
                  MAX_STATES,
                  List.copyOf(predicates));
    } catch (IllegalArgumentException e) {
      return scenarios.stream()
          .map(
              s ->
                  result(
                      s,
                      modelText,
                      List.of(),
                      s.file()
                          + ":"
                          + s.modelLine()
                          + ": model "
                          + s.model()
                          + ": "
                          + e.getMessage()))
          .toList();
    }
    return scenarios.stream().map(s -> runOn(s, modelText, explored)).toList();
  }

  /** Runs one scenario on its model's explored graph. */
  private static ScenarioResult runOn(Scenario s, String model, EvaluatedGraph explored) {
    StateGraph g = explored.graph();
    String head = s.file() + ":" + s.modelLine() + ": ";
    if (g.truncated()) {
      return result(
          s,
          model,
          List.of(),
          head + "the model has more than " + MAX_STATES + " states, too many for a scenario");
    }
    if (g.initial().size() != 1) {
      return result(
          s,
          model,
          List.of(),
          head + "the model has " + g.initial().size() + " initial states, a scenario needs one");
    }
    Map<String, List<String>> actions = actions(g);
    Map<String, Map<String, List<TlaValue>>> examples = examples(g);
    List<List<Integer>> outgoing = g.outgoing();
    int state = g.initial().get(0);
    List<String> labels = new ArrayList<>();
    for (Scenario.Line line : s.lines()) {
      String at = s.file() + ":" + line.number() + ": ";
      if (line instanceof Scenario.Step step) {
        Optional<String> unknown = unknownStep(step, actions);
        if (unknown.isPresent()) {
          return result(s, model, labels, at + unknown.get());
        }
        Optional<String> mistyped = mistyped(step, examples.getOrDefault(step.action(), Map.of()));
        if (mistyped.isPresent()) {
          return new ScenarioResult(
              s.name(),
              model,
              s.steps(),
              s.expectations(),
              labels,
              Optional.of(at + mistyped.get()),
              true);
        }
        List<Integer> matching = new ArrayList<>();
        for (int e : outgoing.get(state)) {
          if (matches(g.edges().get(e), step)) {
            matching.add(e);
          }
        }
        if (step.impossible()) {
          if (!matching.isEmpty()) {
            return result(
                s,
                model,
                labels,
                at
                    + "'"
                    + step
                    + "' asserts the step is impossible, but the model can take it here");
          }
          continue;
        }
        if (matching.isEmpty()) {
          return result(
              s,
              model,
              labels,
              at
                  + "'"
                  + step
                  + "' is impossible in the model here; it can take: "
                  + possible(g, outgoing.get(state)));
        }
        if (matching.stream().map(e -> g.edges().get(e).to()).distinct().count() > 1) {
          return result(
              s,
              model,
              labels,
              at + "'" + step + "' is ambiguous: several edges of the model match it");
        }
        Edge taken = g.edges().get(matching.get(0));
        labels.add(taken.label());
        state = taken.to();
      } else if (line instanceof Scenario.ValueFact f) {
        StateValues.Result v = StateValues.valueAt(g.states().get(state), f.path());
        if (v.value().isEmpty()) {
          return result(s, model, labels, at + "expect " + f + ": " + v.problem());
        }
        if (StateValues.matches(v.value().get(), f.value()) != f.equal()) {
          return result(
              s,
              model,
              labels,
              at + "expect " + f + ": the model has " + f.path() + " = " + v.value().get());
        }
      } else if (line instanceof Scenario.PropertyFact f) {
        EvaluatedGraph.PredicateResult p =
            explored
                .predicate(f.property())
                .orElseThrow(() -> new IllegalStateException("not evaluated: " + f.property()));
        if (p.error().isPresent()) {
          return result(
              s,
              model,
              labels,
              at + "expect " + f + ": TLC cannot evaluate it: " + p.error().get());
        }
        boolean holds = p.holdsIn(state);
        if (holds != f.holds()) {
          return result(
              s,
              model,
              labels,
              at
                  + "expect "
                  + f
                  + ": TLC evaluates "
                  + f.property()
                  + " to "
                  + (holds ? "TRUE" : "FALSE")
                  + " in the model's state here");
        }
      }
    }
    return new ScenarioResult(
        s.name(), model, s.steps(), s.expectations(), labels, Optional.empty());
  }

  /**
   * Each action of the graph's edges and its parameters' names, in the order the edges give them.
   */
  private static Map<String, List<String>> actions(StateGraph g) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Edge e : g.edges()) {
      out.putIfAbsent(e.action(), e.parameters().stream().map(State.Binding::variable).toList());
    }
    return out;
  }

  /**
   * For each action of the graph's edges and each of its parameters, one value of each kind it
   * takes.
   */
  private static Map<String, Map<String, List<TlaValue>>> examples(StateGraph g) {
    Map<String, Map<String, List<TlaValue>>> out = new LinkedHashMap<>();
    for (Edge e : g.edges()) {
      Map<String, List<TlaValue>> values =
          out.computeIfAbsent(e.action(), a -> new LinkedHashMap<>());
      for (State.Binding b : e.parameters()) {
        List<TlaValue> kinds = values.computeIfAbsent(b.variable(), v -> new ArrayList<>());
        if (kinds.stream().noneMatch(k -> k.getClass().equals(b.value().getClass()))) {
          kinds.add(b.value());
        }
      }
    }
    return out;
  }

  /**
   * Why a parameter of {@code step} is of a kind its values in the model never are ({@code c=one}
   * where the model's {@code c} is an integer), if one is: a scenario that cannot be meant.
   */
  private static Optional<String> mistyped(
      Scenario.Step step, Map<String, List<TlaValue>> examples) {
    for (Scenario.Param p : step.parameters()) {
      List<TlaValue> kinds = examples.getOrDefault(p.name(), List.of());
      if (!kinds.isEmpty()
          && kinds.stream().noneMatch(k -> k.getClass().equals(p.value().getClass()))) {
        return Optional.of(
            p.name()
                + "="
                + p.value()
                + ": the model's "
                + p.name()
                + " is "
                + String.join(
                    " or ", kinds.stream().map(k -> kind(k) + " (such as " + k + ")").toList())
                + ", not "
                + kind(p.value()));
      }
    }
    return Optional.empty();
  }

  private static String kind(TlaValue v) {
    if (v instanceof TlaValue.Int) {
      return "an integer";
    }
    if (v instanceof TlaValue.Bool) {
      return "TRUE or FALSE";
    }
    if (v instanceof TlaValue.Str) {
      return "a string";
    }
    return "a " + v.getClass().getSimpleName();
  }

  /** Why {@code step} names no action of the model or the wrong parameters, if it does. */
  private static Optional<String> unknownStep(
      Scenario.Step step, Map<String, List<String>> actions) {
    List<String> declared = actions.get(step.action());
    if (declared == null) {
      return Optional.of(
          "no step of the model is an action named '"
              + step.action()
              + "' (its actions: "
              + String.join(", ", new TreeSet<>(actions.keySet()))
              + ")");
    }
    Set<String> given = new TreeSet<>();
    step.parameters().forEach(p -> given.add(p.name()));
    if (!given.equals(new TreeSet<>(declared))) {
      return Optional.of(
          step.action()
              + (declared.isEmpty()
                  ? " takes no parameters"
                  : " takes parameters " + String.join(", ", declared))
              + ", the step gives "
              + (given.isEmpty()
                  ? "none"
                  : String.join(
                      ", ", step.parameters().stream().map(Scenario.Param::name).toList())));
    }
    return Optional.empty();
  }

  private static ScenarioResult result(
      Scenario s, String model, List<String> taken, String failure) {
    return new ScenarioResult(
        s.name(), model, s.steps(), s.expectations(), taken, Optional.of(failure));
  }

  private static boolean matches(Edge edge, Scenario.Step step) {
    if (!edge.action().equals(step.action())
        || edge.parameters().size() != step.parameters().size()) {
      return false;
    }
    for (Scenario.Param p : step.parameters()) {
      Optional<TlaValue> v =
          edge.parameters().stream()
              .filter(b -> b.variable().equals(p.name()))
              .map(State.Binding::value)
              .findFirst();
      if (v.isEmpty() || !v.get().equals(p.value())) {
        return false;
      }
    }
    return true;
  }

  private static String possible(StateGraph g, List<Integer> out) {
    if (out.isEmpty()) {
      return "nothing";
    }
    return String.join("; ", out.stream().map(e -> g.edges().get(e).label()).distinct().toList());
  }
}
