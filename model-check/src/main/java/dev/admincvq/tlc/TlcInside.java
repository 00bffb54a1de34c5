package dev.admincvq.tlc;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.rmi.NoSuchObjectException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.management.InstanceNotFoundException;
import javax.management.MBeanRegistrationException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.checkerframework.checker.nullness.qual.Nullable;
import tla2sany.drivers.FrontEndException;
import tla2sany.drivers.SANY;
import tla2sany.modanalyzer.SpecObj;
import tla2sany.semantic.Errors;
import tla2sany.semantic.FormalParamNode;
import tla2sany.semantic.OpDeclNode;
import tla2sany.semantic.OpDefNode;
import tla2sany.semantic.SymbolNode;
import tlc2.TLC;
import tlc2.TLCGlobals;
import tlc2.output.EC;
import tlc2.output.MP;
import tlc2.output.MPRecorder;
import tlc2.tool.Action;
import tlc2.tool.ITool;
import tlc2.tool.ModelChecker;
import tlc2.tool.StateVec;
import tlc2.tool.TLCState;
import tlc2.tool.TLCStateInfo;
import tlc2.tool.fp.FPSet;
import tlc2.util.Context;
import tlc2.value.IValue;
import tlc2.value.impl.BoolValue;
import tlc2.value.impl.Enumerable;
import tlc2.value.impl.FcnRcdValue;
import tlc2.value.impl.IntValue;
import tlc2.value.impl.ModelValue;
import tlc2.value.impl.RecordValue;
import tlc2.value.impl.StringValue;
import tlc2.value.impl.TupleValue;
import tlc2.value.impl.Value;
import tlc2.value.impl.ValueEnumeration;
import util.SimpleFilenameToStream;
import util.ToolIO;

/**
 * The part of a check that runs <em>inside</em> the isolated class loader, next to TLC's own
 * classes. It is loaded only by {@link IsolatedTlc}, never by the application class loader, and
 * answers with JDK types only ({@link Map}, {@link List}, {@link String}, boxed numbers), the only
 * types both loaders share. {@link RunDecoder} turns that answer into {@code model} records.
 *
 * <p>Values cross in a tagged form close to ITF: {@code Boolean}, {@code String}, {@code
 * {"#bigint": "n"}}, {@code {"#set": [..]}}, {@code {"#seq": [..]}}, {@code {"#map": [[k, v],
 * ..]}}, {@code {"#rec": [[name, v], ..]}}, {@code {"#modelValue": name}}, {@code {"#opaque":
 * text}}.
 */
public final class TlcInside {
  private TlcInside() {}

  /**
   * Runs TLC once with {@code args} (TLC's own command line, without {@code System.exit}).
   *
   * @param args TLC arguments, e.g. {@code -workers 1 -config M.cfg -metadir D M.tla}
   * @param libraryPaths directories searched for {@code EXTENDS}ed modules after the spec's own
   * @param progress receives {@code {depth, generated, distinct, queue}} every few seconds
   * @return the answer described in {@link RunDecoder}
   */
  public static Map<String, Object> run(
      String[] args, String[] libraryPaths, Consumer<long[]> progress) {
    return checkThen(args, libraryPaths, progress, answer -> {});
  }

  /**
   * Runs TLC once with {@code args} (to parse the spec and configuration exactly as a check does),
   * then explores the reachable state graph breadth-first with TLC's own evaluator: every state
   * (deduplicated by TLC's fingerprint) and every edge (source, target, spec action, parameters).
   *
   * <p>Answer keys: those of {@link #run} ({@code tlcCode}, {@code output}, ...), and, when TLC's
   * run left a tool behind, {@code states} (each state's bindings, as in a trace step), {@code
   * initial} (state indices) and {@code edges} ({@code [from, to, action, params]}).
   *
   * @param args TLC arguments, as for {@link #run}
   * @param libraryPaths directories searched for {@code EXTENDS}ed modules after the spec's own
   * @param maxStates the exploration stops (answer key {@code truncated}) beyond this many states
   * @return the answer
   */
  public static Map<String, Object> graph(String[] args, String[] libraryPaths, Integer maxStates) {
    return checkThen(
        args,
        libraryPaths,
        figures -> {},
        answer -> {
          if (TLCGlobals.mainChecker != null) {
            explore(TLCGlobals.mainChecker.tool, maxStates, List.of()).answer(answer);
          }
        });
  }

  /**
   * As {@link #graph}, and evaluates each of {@code invariants} (names of state predicates of the
   * root module, as a configuration's {@code INVARIANTS} names them) in every state explored.
   *
   * <p>Answer keys: those of {@link #graph}, and {@code invariants}: per name, {@code [name,
   * index]} with the index of the first state (in breadth-first order: one of least depth) where
   * it is false, or -1 if it holds in every state; or {@code [name, -1, message]} if it cannot be
   * evaluated.
   *
   * @param args TLC arguments, as for {@link #run}; the configuration need not check the invariants
   * @param libraryPaths directories searched for {@code EXTENDS}ed modules after the spec's own
   * @param maxStates the exploration stops (answer key {@code truncated}) beyond this many states
   * @param invariants the invariants to evaluate
   * @return the answer
   */
  public static Map<String, Object> examine(
      String[] args, String[] libraryPaths, Integer maxStates, List<String> invariants) {
    SearchRecorder recorder = new SearchRecorder(invariants, maxStates);
    return checkThen(
        args,
        libraryPaths,
        figures -> {},
        recorder::install,
        answer -> {
          if (TLCGlobals.mainChecker != null) {
            ITool tool = TLCGlobals.mainChecker.tool;
            Optional<GraphBuilder> recorded = recorder.complete();
            if (Integer.valueOf(0).equals(answer.get("tlcCode")) && recorded.isPresent()) {
              // TLC searched the whole graph: it is the one recorded.
              recorded.get().answer(answer);
              answer.put("graphFrom", "search");
            } else {
              // TLC stopped early (a violation) or could not record: explore on its own.
              List<Invariant> checked = new ArrayList<>();
              for (String name : invariants) {
                checked.add(Invariant.of(tool, name));
              }
              explore(tool, maxStates, checked).answer(answer);
              answer.put("graphFrom", "exploration");
            }
          }
        });
  }

  /**
   * Records the state graph as TLC's own breadth-first search builds it, through the state
   * writer TLC tells of every initial state and of every successor it generates (with the action
   * that generated it): the graph {@link #explore} would build again, at no second search. The
   * invariants are evaluated in each state as it is first seen. Installed in TLC's private {@code
   * stateWriter} (TLC's own writer is the no-op one unless {@code -dump} is given).
   */
  private static final class SearchRecorder implements tlc2.util.IStateWriter {
    private final List<String> invariantNames;
    private final int maxStates;
    private final java.util.IdentityHashMap<Action, List<Object>> labels = new java.util.IdentityHashMap<>();
    private @Nullable GraphBuilder graph;
    private @Nullable TLCState lastSource;
    private int lastSourceId = -1;
    private boolean installed;
    private boolean livenessShortened;

    SearchRecorder(List<String> invariantNames, int maxStates) {
      this.invariantNames = List.copyOf(invariantNames);
      this.maxStates = maxStates;
    }

    void install(TLC tlc) {
      try {
        java.lang.reflect.Field writer = TLC.class.getDeclaredField("stateWriter");
        writer.setAccessible(true);
        writer.set(tlc, this);
        installed = true;
      } catch (ReflectiveOperationException | RuntimeException e) {
        installed = false; // TLC of another shape: the graph is explored after the run instead
      }
    }

    /** The graph recorded, if the whole search was (then TLC's success means it is complete). */
    Optional<GraphBuilder> complete() {
      GraphBuilder g = graph;
      return installed && g != null && !g.truncated() ? Optional.of(g) : Optional.empty();
    }

    /** The graph being recorded, begun at TLC's first state (its tool then set up). */
    private GraphBuilder graph() {
      GraphBuilder g = graph;
      if (g == null) {
        ITool tool = TLCGlobals.mainChecker.tool;
        List<Invariant> made = new ArrayList<>();
        for (String name : invariantNames) {
          made.add(Invariant.of(tool, name));
        }
        g = new GraphBuilder(tool, maxStates, made);
        graph = g;
      }
      return g;
    }

    @Override
    public synchronized void writeState(TLCState state) {
      shortenLiveness();
      graph().add(state, true);
    }

    /**
     * Before TLC's first liveness check on a transition (the initial states come first): its
     * state-level parts evaluated once per state ({@link OncePerState}).
     */
    private void shortenLiveness() {
      if (!livenessShortened && TLCGlobals.mainChecker != null) {
        livenessShortened = true;
        OncePerState.install(TLCGlobals.mainChecker);
      }
    }

    @Override
    public synchronized void writeState(TLCState state, TLCState successor, boolean successorIsNew, Action action) {
      shortenLiveness();
      GraphBuilder g = graph();
      int from;
      if (state == lastSource) {
        from = lastSourceId;
      } else {
        from = g.add(state, false);
        lastSource = state;
        lastSourceId = from;
      }
      int to = g.add(successor, false);
      if (from < 0 || to < 0) {
        return;
      }
      List<Object> label =
          labels.computeIfAbsent(action, a -> List.of(specActionName(g.tool, a.getName().toString()), evaluatedParameters(g.tool, a)));
      g.edge(from, to, label.get(0), label.get(1));
    }

    @Override
    public void writeState(TLCState state, TLCState successor, boolean successorIsNew) {
      // Not called by the breadth-first search with an action at hand; nothing to record.
    }

    @Override
    public void writeState(TLCState state, TLCState successor, boolean successorIsNew, Visualization visualization) {
      // Stuttering marks for liveness: not an edge of the next-state relation.
    }

    @Override
    public void writeState(TLCState state, TLCState successor, tlc2.util.BitVector checks, int from, int length, boolean isNew) {
      // Liveness detail: not recorded.
    }

    @Override
    public void writeState(
        TLCState state, TLCState successor, tlc2.util.BitVector checks, int from, int length, boolean isNew, Visualization visualization) {
      // Liveness detail: not recorded.
    }

    @Override
    public void close() {}

    @Override
    public String getDumpFileName() {
      return "";
    }

    @Override
    public boolean isNoop() {
      return false;
    }

    @Override
    public boolean isDot() {
      return false;
    }

    @Override
    public void snapshot() {}

  }

  /** A named state predicate evaluated in every state explored, and where it first failed. */
  private static final class Invariant {
    private final String name;
    private final @Nullable Action predicate;
    private int firstViolation = -1;
    private @Nullable String error;

    private Invariant(String name, @Nullable Action predicate, @Nullable String error) {
      this.name = name;
      this.predicate = predicate;
      this.error = error;
    }

    static Invariant of(ITool tool, String name) {
      OpDefNode def = tool.getRootModule().getOpDef(name);
      if (def == null) {
        return new Invariant(name, null, "no definition named " + name);
      }
      if (def.getArity() != 0) {
        return new Invariant(name, null, name + " takes arguments: not a state predicate");
      }
      return new Invariant(name, new Action(def.getBody(), Context.Empty, def), null);
    }

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

    List<Object> answer() {
      String e = error;
      return e == null ? List.of(name, firstViolation) : List.of(name, -1, e);
    }
  }

  /**
   * Parses one module with SANY, TLC's front end: syntax, then semantic and level analysis of it
   * and of every module it extends or instantiates. No model is checked and no configuration read.
   *
   * <p>Answer keys: {@code ok} (no parse, semantic or initialisation error), {@code modules} (the
   * names of the modules SANY loaded, sorted), {@code output} (SANY's text: where an error is),
   * and {@code crash} if SANY threw.
   *
   * @param file the {@code .tla} file, absolute
   * @param libraryPaths directories searched for the modules it extends, after its own
   * @return the answer
   */
  public static Map<String, Object> parse(String file, String[] libraryPaths) {
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    PrintStream sink = new PrintStream(text, true, StandardCharsets.UTF_8);
    ToolIO.out = sink;
    ToolIO.err = sink;
    Map<String, Object> answer = new LinkedHashMap<>();
    try {
      SpecObj spec = new SpecObj(file, new SimpleFilenameToStream(libraryPaths));
      SANY.frontEndMain(spec, file, sink);
      boolean ok =
          spec.getErrorLevel() == 0
              && !failed(spec.getInitErrors())
              && !failed(spec.getParseErrors())
              && !failed(spec.getSemanticErrors())
              && !failed(spec.getGlobalContextErrors());
      answer.put("ok", ok);
      answer.put("modules", new ArrayList<>(new java.util.TreeSet<>(spec.getModuleNames())));
    } catch (FrontEndException | RuntimeException | LinkageError e) {
      answer.put("ok", false);
      answer.put("crash", String.valueOf(e));
    } finally {
      sink.flush();
      answer.put("output", text.toString(StandardCharsets.UTF_8));
    }
    return answer;
  }

  private static boolean failed(@Nullable Errors errors) {
    return errors != null && errors.isFailure();
  }

  /**
   * Runs TLC once with {@code args}; if its parameters were accepted, hands the answer (TLC's
   * results) to {@code afterwards} while TLC's objects are still alive, then releases what TLC
   * holds and adds TLC's text output.
   */
  static Map<String, Object> checkThen(
      String[] args,
      String[] libraryPaths,
      Consumer<long[]> progress,
      Consumer<Map<String, Object>> afterwards) {
    return checkThen(args, libraryPaths, progress, tlc -> {}, afterwards);
  }

  /** As above, {@code prepare} given TLC once its parameters are accepted, before it runs. */
  static Map<String, Object> checkThen(
      String[] args,
      String[] libraryPaths,
      Consumer<long[]> progress,
      Consumer<TLC> prepare,
      Consumer<Map<String, Object>> afterwards) {
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    PrintStream sink = new PrintStream(text, true, StandardCharsets.UTF_8);
    ToolIO.out = sink;
    ToolIO.err = sink;
    Recorder recorder = new Recorder(progress);
    MP.setRecorder(recorder);
    Map<String, Object> answer = new LinkedHashMap<>();
    Thread sampler = new Thread(() -> sample(recorder), "tlc-progress");
    sampler.setDaemon(true);
    sampler.start();
    try {
      TLC tlc = new TLC();
      if (!tlc.handleParameters(args)) {
        answer.put("tlcCode", EC.GENERAL);
        answer.put("exitCode", 255);
      } else {
        tlc.setResolver(new SimpleFilenameToStream(libraryPaths));
        prepare.accept(tlc);
        int code = tlc.process();
        answer.put("tlcCode", code);
        answer.put("exitCode", EC.ExitStatus.errorConstantToExitStatus(code));
        afterwards.accept(answer);
      }
      recorder.fill(answer);
    } catch (RuntimeException | LinkageError e) {
      answer.put("tlcCode", EC.GENERAL);
      answer.put("exitCode", 255);
      answer.put("crash", String.valueOf(e));
    } finally {
      sampler.interrupt();
      try {
        sampler.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      releaseFingerprintSet();
      unregisterManagementBeans();
      MP.setRecorder(new MPRecorder());
      sink.flush();
      answer.put("output", text.toString(StandardCharsets.UTF_8));
    }
    return answer;
  }

  /**
   * Breadth-first exploration of the reachable states and edges, by TLC's own evaluator, with
   * {@code invariants} evaluated in each state as it is reached.
   */
  private static GraphBuilder explore(ITool tool, int maxStates, List<Invariant> invariants) {
    GraphBuilder graph = new GraphBuilder(tool, maxStates, invariants);
    StateVec inits = tool.getInitStates();
    for (int i = 0; i < inits.size(); i++) {
      graph.add(inits.elementAt(i), true);
    }
    Action[] actions = tool.getActions();
    List<Object> names = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    for (Action action : actions) {
      names.add(specActionName(tool, action.getName().toString()));
      params.add(evaluatedParameters(tool, action));
    }
    for (int from = 0; from < graph.size(); from++) {
      TLCState state = graph.state(from);
      for (int a = 0; a < actions.length; a++) {
        StateVec next = tool.getNextStates(actions[a], state);
        for (int i = 0; i < next.size(); i++) {
          int to = graph.add(next.elementAt(i), false);
          if (to >= 0) {
            graph.edge(from, to, names.get(a), params.get(a));
          }
        }
      }
    }
    return graph;
  }

  /**
   * A state graph being built breadth-first, by {@link #explore} or during TLC's search ({@link
   * SearchRecorder}): each state once (by TLC's fingerprint), numbered in the order first seen, the
   * invariants evaluated in it then; each distinct edge once.
   */
  private static final class GraphBuilder {
    final ITool tool;
    private final int maxStates;
    private final List<Invariant> invariants;
    private final Map<Long, Integer> ids = new java.util.HashMap<>();
    private final List<TLCState> states = new ArrayList<>();
    private final List<Object> initial = new ArrayList<>();
    private final List<Object> edges = new ArrayList<>();
    private final Set<List<Object>> edgeKeys = new HashSet<>();
    private boolean truncated;

    GraphBuilder(ITool tool, int maxStates, List<Invariant> invariants) {
      this.tool = tool;
      this.maxStates = maxStates;
      this.invariants = List.copyOf(invariants);
    }

    /** The state's number, the state added if new; -1 if new beyond the bound (the graph truncated). */
    int add(TLCState state, boolean isInitial) {
      long fp = state.fingerPrint();
      Integer id = ids.get(fp);
      if (id != null) {
        return id;
      }
      if (states.size() >= maxStates) {
        truncated = true;
        return -1;
      }
      int added = states.size();
      ids.put(fp, added);
      if (isInitial) {
        initial.add(added);
      }
      for (Invariant inv : invariants) {
        inv.evaluate(tool, state, added);
      }
      states.add(state);
      return added;
    }

    int size() {
      return states.size();
    }

    TLCState state(int index) {
      return states.get(index);
    }

    void edge(int from, int to, Object action, Object parameters) {
      List<Object> edge = List.of(from, to, action, parameters);
      if (edgeKeys.add(edge)) {
        edges.add(edge);
      }
    }

    boolean truncated() {
      return truncated;
    }

    /** The graph and the invariants' verdicts into the answer ({@link #graph}, {@link #examine}). */
    void answer(Map<String, Object> answer) {
      StateEncoder encoder = new StateEncoder();
      List<Object> bindings = new ArrayList<>(states.size());
      for (TLCState s : states) {
        bindings.add(encoder.bindingsOf(s));
      }
      answer.put("states", bindings);
      answer.put("initial", initial);
      answer.put("edges", edges);
      answer.put("truncated", truncated);
      List<Object> verdicts = new ArrayList<>();
      for (Invariant inv : invariants) {
        verdicts.add(inv.answer());
      }
      answer.put("invariants", verdicts);
    }
  }

  /** {@link #parametersOf}, with lazily bound arguments (operator parameters) evaluated. */
  private static List<Object> evaluatedParameters(ITool tool, Action action) {
    Context context = action.con;
    List<Object> out = new ArrayList<>();
    for (Object p : parametersOf(action)) {
      out.add(p);
    }
    OpDefNode def = action.getOpDef();
    if (def == null) {
      return out;
    }
    List<Object> evaluated = new ArrayList<>();
    Set<String> have = new HashSet<>();
    for (FormalParamNode formal : def.getParams()) {
      String name = formal.getName().toString();
      Object bound = context.lookup(formal);
      if (bound instanceof tlc2.value.impl.LazyValue lazy) {
        IValue v = tool.eval(lazy.expr, lazy.con, TLCState.Empty);
        evaluated.add(List.of(name, valueOf(v)));
        have.add(name);
      } else if (bound instanceof IValue v) {
        evaluated.add(List.of(name, valueOf(v)));
        have.add(name);
      }
    }
    return have.size() == def.getParams().length ? evaluated : out;
  }

  /** Every {@link #SAMPLE_MILLIS} ms, reports the checker's figures, read from its own objects. */
  private static void sample(Recorder recorder) {
    try {
      while (true) {
        Thread.sleep(SAMPLE_MILLIS);
        recorder.report();
      }
    } catch (InterruptedException stop) {
      // The run is over.
    }
  }

  private static final long SAMPLE_MILLIS = 2000;

  /** The FPSet is an exported RMI object: unexported, it no longer pins a thread and memory. */
  private static void releaseFingerprintSet() {
    if (TLCGlobals.mainChecker instanceof ModelChecker mc) {
      FPSet set = mc.theFPSet;
      if (set != null) {
        try {
          set.unexportObject(true);
        } catch (NoSuchObjectException alreadyGone) {
          // Not exported, or unexported by TLC: nothing is held.
        }
      }
    }
  }

  /**
   * TLC registers JMX beans (statistics, liveness) in the JVM-wide platform server. Left there,
   * they pin this run's class loader and collide with the next run's registration.
   */
  private static void unregisterManagementBeans() {
    MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    for (ObjectName name : server.queryNames(null, null)) {
      if (name.getDomain().startsWith("tlc2")) {
        try {
          server.unregisterMBean(name);
        } catch (InstanceNotFoundException | MBeanRegistrationException gone) {
          // Unregistered concurrently: nothing is held.
        }
      }
    }
  }

  /** Receives TLC's messages by code, with their parameters as objects. */
  private static final class Recorder extends MPRecorder {
    private final Consumer<long[]> progress;
    private final List<TLCStateInfo> states = new ArrayList<>();
    private @Nullable Integer violationCode;
    private @Nullable String violated;
    private long generated = -1;
    private long distinct = -1;
    private long depth = -1;
    private long loopBackTo = -1;
    private boolean stutters;

    Recorder(Consumer<long[]> progress) {
      this.progress = progress;
    }

    @Override
    public synchronized void record(int code, Object... objects) {
      switch (code) {
        case EC.TLC_INVARIANT_VIOLATED_INITIAL:
        case EC.TLC_INVARIANT_VIOLATED_BEHAVIOR:
        case EC.TLC_ACTION_PROPERTY_VIOLATED_BEHAVIOR:
          if (violationCode == null) {
            violationCode = code;
            violated = objects.length > 0 ? String.valueOf(objects[0]) : null;
          }
          break;
        case EC.TLC_TEMPORAL_PROPERTY_VIOLATED:
          if (violationCode == null) {
            violationCode = code;
            violated = temporalPropertyName();
          }
          break;
        case EC.TLC_DEADLOCK_REACHED:
          if (violationCode == null) {
            violationCode = code;
          }
          break;
        case EC.TLC_STATE_PRINT1:
        case EC.TLC_STATE_PRINT2:
          if (objects.length > 0 && objects[0] instanceof TLCStateInfo info) {
            if (info.state != null) {
              states.add(info);
            }
          }
          break;
        case EC.TLC_STATE_PRINT3:
          stutters = true;
          break;
        case EC.TLC_BACK_TO_STATE:
          if (objects.length > 0 && objects[0] instanceof String number) {
            loopBackTo = Long.parseLong(number);
          }
          break;
        case EC.TLC_STATS:
          generated = Long.parseLong(String.valueOf(objects[0]));
          distinct = Long.parseLong(String.valueOf(objects[1]));
          break;
        case EC.TLC_SEARCH_DEPTH:
          depth = Long.parseLong(String.valueOf(objects[0]));
          break;
        case EC.TLC_PROGRESS_STATS:
          onProgress(objects);
          break;
        default:
          break;
      }
    }

    /**
     * TLC does not say which temporal property failed. The configuration's PROPERTIES that are
     * not action properties ({@code [][A]_v}, checked as safety) are the candidates: when there is
     * one, it is that one.
     */
    private static @Nullable String temporalPropertyName() {
      if (TLCGlobals.mainChecker == null) {
        return null;
      }
      ITool tool = TLCGlobals.mainChecker.tool;
      Set<String> candidates = new java.util.TreeSet<>();
      tlc2.util.Vect<?> properties = tool.getModelConfig().getProperties();
      for (int i = 0; i < properties.size(); i++) {
        candidates.add(String.valueOf(properties.elementAt(i)));
      }
      for (String action : tool.getImpliedActNames()) {
        candidates.remove(action);
      }
      return candidates.size() == 1 ? candidates.iterator().next() : null;
    }

    /** Progress figures are read from the checker itself, not from the formatted message. */
    private void onProgress(Object[] objects) {
      long level = objects.length > 0 ? Long.parseLong(String.valueOf(objects[0])) : -1;
      depth = Math.max(depth, level);
      report();
    }

    /** The checker's current figures: depth reached, states generated, distinct, queued. */
    synchronized void report() {
      if (TLCGlobals.mainChecker instanceof ModelChecker mc
          && mc.theFPSet != null
          && mc.theStateQueue != null) {
        progress.accept(
            new long[] {depth, mc.getStatesGenerated(), mc.theFPSet.size(), mc.theStateQueue.size()});
      }
    }

    void fill(Map<String, Object> answer) {
      if (violationCode != null) {
        answer.put("violationCode", violationCode);
      }
      if (violated != null) {
        answer.put("violated", violated);
      }
      answer.put("generated", generated);
      answer.put("distinct", distinct);
      answer.put("depth", depth);
      if (!states.isEmpty()) {
        answer.put("trace", traceOf(states));
        answer.put("loopBackTo", loopBackTo);
        answer.put("stutters", stutters);
      }
    }
  }

  private static List<Object> traceOf(List<TLCStateInfo> infos) {
    @Nullable ITool tool = TLCGlobals.mainChecker == null ? null : TLCGlobals.mainChecker.tool;
    List<Object> steps = new ArrayList<>();
    @Nullable TLCState previous = null;
    for (TLCStateInfo info : infos) {
      Map<String, Object> step = new LinkedHashMap<>();
      TLCState state = info.state;
      if (previous == null || tool == null) {
        step.put("action", "Init");
        step.put("params", List.of());
      } else {
        Action action = actionBetween(tool, previous, state);
        step.put("action", action == null ? "?" : specActionName(tool, action.getName().toString()));
        step.put("params", action == null ? List.of() : parametersOf(action));
      }
      step.put("state", bindingsOf(state));
      steps.add(step);
      previous = state;
    }
    return steps;
  }

  /**
   * The name of the spec action behind {@code name}. By the project's convention (as in CCF and
   * etcd-raft), a model file bounds a spec action {@code A} by a wrapper {@code MCA == bound /\ A};
   * the trace names the spec action, so that trace events equal spec action names.
   */
  private static String specActionName(ITool tool, String name) {
    if (name.startsWith("MC") && name.length() > 2) {
      String wrapped = name.substring(2);
      if (tool.getRootModule().getOpDef(wrapped) != null) {
        return wrapped;
      }
    }
    return name;
  }

  /** The action whose successors of {@code from} include {@code to}, found by TLC's evaluator. */
  private static @Nullable Action actionBetween(ITool tool, TLCState from, TLCState to) {
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
   * The action's formal parameters and their values ({@code c = 1}); when the action has none,
   * the variables its context binds (e.g. {@code \E c \in CmdId : ...}), innermost last.
   */
  private static List<Object> parametersOf(Action action) {
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
    List<Object> params = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String name : wanted) {
      for (SymbolNode symbol : bound) {
        if (symbol.getName().toString().equals(name)
            && context.lookup(symbol) instanceof IValue v
            && seen.add(name)) {
          params.add(List.of(name, valueOf(v)));
        }
      }
    }
    return params;
  }

  /**
   * The bindings of many states of one run, each value encoded once: the states of a search share
   * the value objects of the variables a step leaves unchanged, and share their encoding (an
   * identity cache: TLC's values in a state are never changed), so that the answer, and the states
   * decoded from it, are a fraction of their size.
   */
  private static final class StateEncoder {
    private final java.util.IdentityHashMap<IValue, Object> encoded = new java.util.IdentityHashMap<>();
    private @Nullable List<OpDeclNode> order;

    List<Object> bindingsOf(TLCState state) {
      List<OpDeclNode> vars = order;
      if (vars == null) {
        vars = declarationOrder(state);
        order = vars;
      }
      List<Object> bindings = new ArrayList<>(vars.size());
      for (OpDeclNode var : vars) {
        IValue value = state.lookup(var.getName());
        Object tagged = value == null ? tagged("#opaque", "null") : encoded.computeIfAbsent(value, TlcInside::valueOf);
        bindings.add(List.of(var.getName().toString(), tagged));
      }
      return bindings;
    }
  }

  private static List<OpDeclNode> declarationOrder(TLCState state) {
    List<OpDeclNode> vars = new ArrayList<>(List.of(state.getVars()));
    vars.sort(
        java.util.Comparator.comparing((OpDeclNode v) -> v.getLocation().source())
            .thenComparingInt(v -> v.getLocation().beginLine())
            .thenComparingInt(v -> v.getLocation().beginColumn()));
    return vars;
  }

  /** The state's variables in the order the spec declares them (by source position). */
  static List<Object> bindingsOf(TLCState state) {
    List<OpDeclNode> vars = declarationOrder(state);
    List<Object> bindings = new ArrayList<>();
    for (OpDeclNode var : vars) {
      IValue value = state.lookup(var.getName());
      bindings.add(List.of(var.getName().toString(), value == null ? tagged("#opaque", "null") : valueOf(value)));
    }
    return bindings;
  }

  private static Map<String, Object> tagged(String tag, Object content) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(tag, content);
    return m;
  }

  /** Converts a TLC value to the tagged JDK form. */
  static Object valueOf(IValue value) {
    if (value instanceof BoolValue b) {
      return b.val;
    }
    if (value instanceof IntValue i) {
      return tagged("#bigint", Integer.toString(i.val));
    }
    if (value instanceof StringValue str) {
      return str.getVal().toString();
    }
    if (value instanceof ModelValue mv) {
      return tagged("#modelValue", mv.val.toString());
    }
    if (value instanceof RecordValue rec) {
            List<Object> fields = new ArrayList<>();
      for (int i = 0; i < rec.names.length; i++) {
        fields.add(List.of(rec.names[i].toString(), valueOf(rec.values[i])));
      }
      return tagged("#rec", fields);
    }
    if (value instanceof TupleValue tuple) {
      List<Object> elems = new ArrayList<>();
      for (Value v : tuple.elems) {
        elems.add(valueOf(v));
      }
      return tagged("#seq", elems);
    }
    if (value instanceof Value v) {
      return structured(v);
    }
    return tagged("#opaque", String.valueOf(value));
  }

  private static Object structured(Value value) {
    try {
      Value tuple = value.toTuple();
      if (tuple instanceof TupleValue && !(value instanceof Enumerable)) {
        return valueOf(tuple);
      }
      Value rec = value.toRcd();
      if (rec instanceof RecordValue && !(value instanceof Enumerable)) {
        return valueOf(rec);
      }
      Value fcn = value.toFcnRcd();
      if (fcn instanceof FcnRcdValue f) {
        List<Object> pairs = new ArrayList<>();
        for (int i = 0; i < f.values.length; i++) {
          Value key = f.domain != null ? f.domain[i] : IntValue.gen(f.intv.low + i);
          pairs.add(List.of(valueOf(key), valueOf(f.values[i])));
        }
        return tagged("#map", pairs);
      }
      Value set = value.toSetEnum();
      if (set instanceof Enumerable) {
        List<Object> elems = new ArrayList<>();
        Enumerable e = (Enumerable) set.normalize();
        ValueEnumeration en = e.elements(Enumerable.Ordering.NORMALIZED);
        for (Value v = en.nextElement(); v != null; v = en.nextElement()) {
          elems.add(valueOf(v));
        }
        return tagged("#set", elems);
      }
    } catch (RuntimeException notEnumerable) {
      return tagged("#opaque", value.toString());
    }
    return tagged("#opaque", value.toString());
  }
}
