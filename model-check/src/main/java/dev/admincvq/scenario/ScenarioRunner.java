package dev.admincvq.scenario;

import dev.admincvq.conform.ConformText;
import dev.admincvq.conform.Divergence;
import dev.admincvq.conform.v1.Conformance;
import dev.admincvq.conform.v1.Replayer;
import dev.admincvq.graph.Edge;
import dev.admincvq.graph.GraphPath;
import dev.admincvq.graph.StateGraph;
import dev.admincvq.model.State;
import dev.admincvq.model.TlaValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Replays scenarios on a model's state graph and, in lockstep, on the reference implementation.
 *
 * <p>On the model, each step must be an edge from the current state with the step's action and
 * parameters ({@code impossible} steps must not be); expectations are checked on the model's
 * state where they stand. The edges taken are then replayed on the reference implementation by
 * {@link Replayer}, which compares the abstraction of its state with the model's after every
 * step; an {@code impossible} step must be refused by the implementation too. The expectations
 * therefore hold of the implementation as well.
 */
public final class ScenarioRunner {
  private final Path spec;
  private final Path models;
  private final Map<String, Conformance> explored = new HashMap<>();

  /**
   * A runner.
   *
   * @param spec the root module ({@code spec-tla/MCAdminCvq.tla})
   * @param models the directory of the models scenarios name ({@code spec-tla/models})
   */
  public ScenarioRunner(Path spec, Path models) {
    this.spec = spec;
    this.models = models;
  }

  /** The scenario files of {@code dir}, by name. */
  public static List<Path> files(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> String.valueOf(p.getFileName()).endsWith(".scenario")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  /** Reads and runs one file; a file that does not parse is a failed result with the error. */
  public ScenarioResult run(Path file) {
    Scenario s;
    try {
      s = ScenarioParser.read(file);
    } catch (ScenarioException e) {
      String name = String.valueOf(file.getFileName()).replaceFirst("\\.scenario$", "");
      return new ScenarioResult(name, "", 0, 0, List.of(), Optional.of(String.valueOf(e.getMessage())));
    }
    return run(s);
  }

  /** Runs a parsed scenario. */
  public ScenarioResult run(Scenario s) {
    Path config = models.resolve(s.model() + ".cfg");
    if (!Files.isRegularFile(config)) {
      return result(s, "", List.of(), s.file() + ": no such model: " + config);
    }
    Conformance c;
    try {
      c = explored.computeIfAbsent(s.model(), m -> Conformance.of(spec, config));
    } catch (IllegalArgumentException e) {
      return result(s, "", List.of(), s.file() + ": model " + s.model() + ": " + e.getMessage());
    }
    String model = s.model() + ": " + Conformance.describe(c.settings());
    StateGraph g = c.graph();
    if (g.initial().size() != 1) {
      return result(s, model, List.of(), s.file() + ": the model has " + g.initial().size() + " initial states, a scenario needs one");
    }
    List<List<Integer>> outgoing = g.outgoing();
    int initial = g.initial().get(0);
    int state = initial;
    List<Integer> taken = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    // Impossible steps, with the path before them, for the implementation's side.
    List<Map.Entry<Scenario.Step, GraphPath>> refusals = new ArrayList<>();
    for (Scenario.Line line : s.lines()) {
      String at = s.file() + ":" + line.number() + ": ";
      if (line instanceof Scenario.Step step) {
        List<Integer> matching = new ArrayList<>();
        for (int e : outgoing.get(state)) {
          if (matches(g.edges().get(e), step)) {
            matching.add(e);
          }
        }
        if (step.impossible()) {
          if (!matching.isEmpty()) {
            return result(s, model, labels, at + "'" + step + "' asserts the step is impossible, but the model can take it here");
          }
          refusals.add(Map.entry(step, new GraphPath(initial, taken)));
          continue;
        }
        if (matching.isEmpty()) {
          return result(s, model, labels, at + "'" + step + "' is impossible in the model here; it can take: " + possible(g, outgoing.get(state)));
        }
        if (matching.stream().map(e -> g.edges().get(e).to()).distinct().count() > 1) {
          return result(s, model, labels, at + "'" + step + "' is ambiguous: several edges of the model match it");
        }
        int e = matching.get(0);
        taken.add(e);
        labels.add(g.edges().get(e).label());
        state = g.edges().get(e).to();
      } else if (line instanceof Scenario.ValueFact f) {
        StateFacts.Result v = StateFacts.valueAt(g.states().get(state), f.path());
        if (v.value().isEmpty()) {
          return result(s, model, labels, at + "expect " + f + ": " + v.problem());
        }
        if (StateFacts.matches(v.value().get(), f.value()) != f.equal()) {
          return result(s, model, labels, at + "expect " + f + ": the model has " + f.path() + " = " + v.value().get());
        }
      } else if (line instanceof Scenario.PropertyFact f) {
        boolean holds = StateFacts.holds(g.states().get(state), f.property());
        if (holds != f.holds()) {
          return result(s, model, labels, at + "expect " + f + ": " + f.property() + (holds ? " holds" : " is violated") + " in the model's state here");
        }
      }
    }
    Replayer replayer = c.replayer();
    Optional<Divergence> d = replayer.replay(0, new GraphPath(initial, taken));
    if (d.isPresent()) {
      return result(s, model, labels, s.file() + ": the implementation diverges from the model:\n" + ConformText.divergence(d.get()));
    }
    for (Map.Entry<Scenario.Step, GraphPath> r : refusals) {
      Scenario.Step step = r.getKey();
      List<State.Binding> params = step.parameters().stream().map(p -> new State.Binding(p.name(), p.value())).toList();
      if (replayer.refusalAfter(r.getValue(), step.action(), params).isEmpty()) {
        return result(s, model, labels, s.file() + ":" + step.number() + ": '" + step + "': the model cannot take the step, but the implementation takes it");
      }
    }
    return new ScenarioResult(s.name(), model, s.steps(), s.expectations(), labels, Optional.empty());
  }

  private static ScenarioResult result(Scenario s, String model, List<String> taken, String failure) {
    return new ScenarioResult(s.name(), model, s.steps(), s.expectations(), taken, Optional.of(failure));
  }

  private static boolean matches(Edge edge, Scenario.Step step) {
    if (!edge.action().equals(step.action()) || edge.parameters().size() != step.parameters().size()) {
      return false;
    }
    for (Scenario.Param p : step.parameters()) {
      Optional<TlaValue> v = edge.parameters().stream().filter(b -> b.variable().equals(p.name())).map(State.Binding::value).findFirst();
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
