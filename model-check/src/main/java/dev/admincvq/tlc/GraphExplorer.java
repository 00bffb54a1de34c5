package dev.admincvq.tlc;

import dev.admincvq.graph.Edge;
import dev.admincvq.graph.StateGraph;
import dev.admincvq.model.CheckResult;
import dev.admincvq.model.State;
import dev.admincvq.model.TlaValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Explores a model's reachable state graph with TLC's own evaluator, in one isolated run (as
 * {@link TlcChecker} checks): TLC parses the spec and configuration as a check does, then {@link
 * TlcInside#graph} enumerates every state and edge.
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
    return decode(inRunDirectory("admincvq-graph-", spec, config, (args, paths) -> tlc.graph(args, paths, maxStates)));
  }

  /**
   * What {@code run} answers, given TLC's arguments and module search path for {@code spec} under
   * {@code config}, in a temporary metadirectory removed afterwards.
   */
  private Map<String, Object> inRunDirectory(
      String prefix, Path spec, Path config, BiFunction<String[], String[], Map<String, Object>> run) {
    if (!Files.isRegularFile(spec) || !Files.isRegularFile(config)) {
      throw new IllegalArgumentException("no such file: " + (Files.isRegularFile(spec) ? config : spec));
    }
    Path metaRoot = TempDirectory.create(prefix);
    try {
      Path configCopy = RunSetup.copyConfig(config, metaRoot);
      String[] args = RunSetup.arguments(1, configCopy, metaRoot, spec);
      String[] paths = RunSetup.searchPath(spec, List.of(), library.directory(), metaRoot);
      return run.apply(args, paths);
    } finally {
      TempDirectory.delete(metaRoot);
    }
  }

  /**
   * Checks {@code spec} under {@code config} as {@link TlcChecker#check} does (one worker),
   * recording the reachable state graph as TLC's search builds it and evaluating {@code
   * invariants} in every state: TLC's result for what the configuration checks, the graph, and
   * the invariants' verdicts over the graph, from one run. When TLC stops before its search ends
   * (a violation), the graph is explored after it, in the same run.
   *
   * @param invariants state predicates of the spec, by name (the configuration need not check them)
   * @return the examination; without a graph (nor invariants) when TLC could not parse or set up
   *     the model, its check then saying why
   */
  public Examination examine(Path spec, Path config, int maxStates, List<String> invariants) {
    long start = System.nanoTime();
    Map<String, Object> answer =
        inRunDirectory("admincvq-examine-", spec, config, (args, paths) -> tlc.examine(args, paths, maxStates, invariants));
    CheckResult check = RunDecoder.decode(spec, config, answer, Duration.ofNanos(System.nanoTime() - start));
    Optional<StateGraph> graph =
        answer.get("states") instanceof List<?> ? Optional.of(decode(answer)) : Optional.empty();
    List<Examination.InvariantResult> results = new ArrayList<>();
    for (Object raw : RunDecoder.listOf(answer.get("invariants"))) {
      List<?> r = RunDecoder.listOf(raw);
      int index = intOf(r.get(1));
      results.add(
          new Examination.InvariantResult(
              String.valueOf(r.get(0)),
              index >= 0 ? OptionalInt.of(index) : OptionalInt.empty(),
              r.size() > 2 ? Optional.of(String.valueOf(r.get(2))) : Optional.empty()));
    }
    return new Examination(check, graph, results, "search".equals(answer.get("graphFrom")));
  }

  private static StateGraph decode(Map<String, Object> answer) {
    if (!(answer.get("states") instanceof List<?> rawStates)) {
      @Nullable Object crash = answer.get("crash");
      throw new IllegalArgumentException(
          "TLC could not set up the model"
              + (crash != null ? ": " + crash : "")
              + "\n"
              + answer.getOrDefault("output", ""));
    }
    // Equal values are one tagged object in the answer (TlcInside encodes each value once): they
    // are decoded once, and the states share them.
    java.util.IdentityHashMap<Object, TlaValue> decoded = new java.util.IdentityHashMap<>();
    List<State> states = new ArrayList<>(rawStates.size());
    for (Object s : rawStates) {
      states.add(new State(bindingsOf(s, decoded)));
    }
    List<Integer> initial = new ArrayList<>();
    for (Object i : RunDecoder.listOf(answer.get("initial"))) {
      initial.add(intOf(i));
    }
    List<Edge> edges = new ArrayList<>();
    for (Object e : RunDecoder.listOf(answer.get("edges"))) {
      List<?> edge = RunDecoder.listOf(e);
      edges.add(
          new Edge(
              intOf(edge.get(0)),
              intOf(edge.get(1)),
              String.valueOf(edge.get(2)),
              bindingsOf(edge.get(3), decoded)));
    }
    return new StateGraph(states, initial, edges, Boolean.TRUE.equals(answer.get("truncated")));
  }

  private static int intOf(@Nullable Object raw) {
    if (raw instanceof Integer i) {
      return i;
    }
    throw new IllegalStateException("not a state index: " + raw);
  }

  private static List<State.Binding> bindingsOf(@Nullable Object raw, java.util.IdentityHashMap<Object, TlaValue> decoded) {
    List<State.Binding> out = new ArrayList<>();
    for (Object o : RunDecoder.listOf(raw)) {
      List<?> pair = RunDecoder.listOf(o);
      Object tagged = pair.get(1);
      TlaValue value = tagged == null ? RunDecoder.valueOf(null) : decoded.computeIfAbsent(tagged, RunDecoder::valueOf);
      out.add(new State.Binding(String.valueOf(pair.get(0)), value));
    }
    return out;
  }
}
