package dev.admincvq.tlc;

import dev.admincvq.graph.Edge;
import dev.admincvq.graph.StateGraph;
import dev.admincvq.model.CheckResult;
import dev.admincvq.model.State;
import dev.admincvq.tlc.answer.Binding;
import dev.admincvq.tlc.answer.EdgeAnswer;
import dev.admincvq.tlc.answer.ExaminationAnswer;
import dev.admincvq.tlc.answer.GraphAnswer;
import dev.admincvq.tlc.answer.InvariantAnswer;
import dev.admincvq.tlc.answer.PredicateAnswer;
import dev.admincvq.tlc.answer.RunAnswer;
import dev.admincvq.tlc.answer.RunInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Explores a model's reachable state graph with TLC's own evaluator, in one isolated run (as {@link
 * TlcChecker} checks, set up the same way: {@link RunSetup}): TLC parses the spec and configuration
 * as a check does, then the run enumerates every state and edge.
 */
public final class GraphExplorer {
  private final IsolatedTlc tlc;
  private final LibraryModules library;

  private GraphExplorer(IsolatedTlc tlc, LibraryModules library) {
    this.tlc = tlc;
    this.library = library;
  }

  /** An explorer using this application's TLC and the bundled library modules. */
  public static GraphExplorer create() {
    return new GraphExplorer(IsolatedTlc.fromApplicationClassPath(), LibraryModules.bundled());
  }

  /**
   * The reachable state graph of {@code spec} under {@code config}.
   *
   * @param spec the root module
   * @param config its configuration
   * @param maxStates stop (and mark the graph truncated) beyond this many states
   * @return the graph
   * @throws IllegalArgumentException if TLC cannot parse or set up the model
   */
  public StateGraph explore(Path spec, Path config, int maxStates) {
    return explore(spec, config, List.of(), maxStates, List.of()).graph();
  }

  /**
   * The reachable state graph of {@code spec} under {@code config}, and where each of {@code
   * predicates} is false: TLC evaluates each definition in every state of the graph, as it
   * evaluates an invariant.
   *
   * @param libraryPaths further directories searched for the modules the spec extends
   * @param maxStates stop (and mark the graph truncated) beyond this many states
   * @param predicates state predicates of the spec, by name (the configuration need not check them)
   * @return the graph and the predicates' values, each predicate's error if TLC could not evaluate
   *     it
   * @throws IllegalArgumentException if TLC cannot parse or set up the model
   */
  public EvaluatedGraph explore(
      Path spec, Path config, List<Path> libraryPaths, int maxStates, List<String> predicates) {
    ExaminationAnswer answer =
        inRunDirectory(
                "admincvq-graph-",
                spec,
                config,
                libraryPaths,
                input -> tlc.graph(input, maxStates, predicates))
            .answer();
    GraphAnswer graph = answer.graph().orElseThrow(() -> notSetUp(answer.run()));
    List<EvaluatedGraph.PredicateResult> results = new ArrayList<>();
    for (PredicateAnswer p : graph.predicates()) {
      results.add(new EvaluatedGraph.PredicateResult(p.name(), Set.copyOf(p.falseIn()), p.error()));
    }
    return new EvaluatedGraph(decode(graph), results);
  }

  /** What {@code run} answers for {@code spec} under {@code config}, set up as every run is. */
  private <T> T inRunDirectory(
      String prefix, Path spec, Path config, List<Path> libraryPaths, Function<RunInput, T> run) {
    if (!Files.isRegularFile(spec) || !Files.isRegularFile(config)) {
      throw new IllegalArgumentException(
          "no such file: " + (Files.isRegularFile(spec) ? config : spec));
    }
    return RunSetup.inRunDirectory(
        prefix, spec, Optional.of(config), 1, libraryPaths, library, dir -> run.apply(dir.input()));
  }

  /** As {@link #examine(Path, Path, List, int, List)} without further library paths. */
  public Examination examine(Path spec, Path config, int maxStates, List<String> invariants) {
    return examine(spec, config, List.of(), maxStates, invariants);
  }

  /**
   * Checks {@code spec} under {@code config} as {@link TlcChecker#check} does (one worker),
   * recording the reachable state graph as TLC's search builds it and evaluating {@code invariants}
   * in every state: TLC's result for what the configuration checks, the graph, and the invariants'
   * verdicts over the graph, from one run. When TLC stops before its search ends (a violation), the
   * graph is explored after it, in the same run.
   *
   * @param libraryPaths further directories searched for the modules the spec extends
   * @param invariants state predicates of the spec, by name (the configuration need not check them)
   * @return the examination; without a graph (nor invariants) when TLC could not parse or set up
   *     the model, its check then saying why
   */
  public Examination examine(
      Path spec, Path config, List<Path> libraryPaths, int maxStates, List<String> invariants) {
    long start = System.nanoTime();
    IsolatedTlc.Isolated<ExaminationAnswer> ran =
        inRunDirectory(
            "admincvq-examine-",
            spec,
            config,
            libraryPaths,
            input -> tlc.examine(input, maxStates, invariants));
    ExaminationAnswer answer = ran.answer();
    CheckResult check =
        RunDecoder.decode(spec, config, answer.run(), Duration.ofNanos(System.nanoTime() - start));
    List<Examination.InvariantResult> results = new ArrayList<>();
    for (InvariantAnswer r : answer.graph().map(GraphAnswer::invariants).orElse(List.of())) {
      results.add(new Examination.InvariantResult(r.name(), r.firstViolation(), r.error()));
    }
    return new Examination(
        check,
        answer.graph().map(GraphExplorer::decode),
        results,
        answer.graph().map(GraphAnswer::fromSearch).orElse(false),
        ran.hooks());
  }

  private static IllegalArgumentException notSetUp(RunAnswer run) {
    return new IllegalArgumentException(
        "TLC could not set up the model"
            + run.crash().map(c -> ": " + c).orElse("")
            + "\n"
            + run.output());
  }

  private static StateGraph decode(GraphAnswer answer) {
    SharedValues shared = new SharedValues();
    List<State> states = new ArrayList<>(answer.states().size());
    for (List<Binding> s : answer.states()) {
      states.add(new State(shared.bindings(s)));
    }
    List<Edge> edges = new ArrayList<>(answer.edges().size());
    for (EdgeAnswer e : answer.edges()) {
      edges.add(new Edge(e.from(), e.to(), e.action(), shared.parameters(e.parameters())));
    }
    return new StateGraph(states, answer.initial(), edges, answer.truncated());
  }
}
