package dev.admincvq.tlc.inside;

import dev.admincvq.tlc.answer.ExaminationAnswer;
import dev.admincvq.tlc.answer.GraphAnswer;
import dev.admincvq.tlc.answer.LogAnswer;
import dev.admincvq.tlc.answer.ParseAnswer;
import dev.admincvq.tlc.answer.ReadsAnswer;
import dev.admincvq.tlc.answer.ReadsQuery;
import dev.admincvq.tlc.answer.ReplayAnswer;
import dev.admincvq.tlc.answer.RunAnswer;
import dev.admincvq.tlc.answer.RunInput;
import dev.admincvq.tlc.answer.SimulationAnswer;
import dev.admincvq.tlc.answer.SimulationBudget;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import tlc2.TLCGlobals;
import tlc2.tool.ITool;

/**
 * The entry points of a run, called (reflectively) by {@code IsolatedTlc} on this class as loaded
 * by the run's own class loader. They take and answer only the shared records of {@code
 * dev.admincvq.tlc.answer}.
 */
public final class RunEntry {
  private RunEntry() {}

  /**
   * Runs TLC once with the input's arguments (TLC's own command line, without {@code System.exit}).
   *
   * @param progress receives {@code {depth, generated, distinct, queue}} every few seconds
   */
  public static RunAnswer run(RunInput input, Consumer<long[]> progress) {
    return RunLifecycle.<Void>check(
            input, progress, new HookLog(), tlc -> {}, code -> Optional.empty())
        .run();
  }

  /**
   * Runs TLC once (to parse the spec and configuration exactly as a check does), then explores the
   * reachable state graph breadth-first with TLC's own evaluator: every state (deduplicated by
   * TLC's fingerprint) and every edge (source, target, spec action, parameters), with each of
   * {@code predicates} (state predicates of the spec, by name) evaluated in every state.
   *
   * @param maxStates the exploration stops (the graph truncated) beyond this many states
   */
  public static ExaminationAnswer graph(RunInput input, int maxStates, List<String> predicates) {
    RunLifecycle.Ran<GraphAnswer> ran =
        RunLifecycle.check(
            input,
            figures -> {},
            new HookLog(),
            tlc -> {},
            code ->
                tool()
                    .map(
                        tool ->
                            Exploration.explore(
                                    tool,
                                    maxStates,
                                    List.of(),
                                    PredicateCheck.all(tool, predicates))
                                .answer(false)));
    return new ExaminationAnswer(ran.run(), ran.after());
  }

  /**
   * Checks the model as {@link #run} does, recording the state graph as TLC's search builds it
   * ({@link SearchRecorder}) and evaluating each of {@code invariants} (state predicates of the
   * root module, by name) in every state. When TLC stops before its search ends (a violation) or
   * the graph could not be recorded, the graph is explored after the run, in the same run.
   *
   * @param maxStates the graph stops (truncated) beyond this many states
   */
  public static ExaminationAnswer examine(RunInput input, int maxStates, List<String> invariants) {
    HookLog hooks = new HookLog();
    SearchRecorder recorder = new SearchRecorder(invariants, maxStates, hooks);
    RunLifecycle.Ran<GraphAnswer> ran =
        RunLifecycle.check(
            input,
            figures -> {},
            hooks,
            recorder::install,
            code ->
                tool()
                    .map(
                        tool -> {
                          Optional<GraphBuilder> recorded = recorder.complete();
                          if (code == 0 && recorded.isPresent()) {
                            return recorded.get().answer(true); // TLC searched the whole graph
                          }
                          return Exploration.explore(
                                  tool, maxStates, InvariantCheck.all(tool, invariants), List.of())
                              .answer(false);
                        }));
    return new ExaminationAnswer(ran.run(), ran.after());
  }

  /**
   * Runs TLC on a trace spec (its configuration binds the log constant to an empty log, so the
   * check itself is one state), then matches every log ({@link TraceReplay}).
   *
   * @param logs each log a list of events, each event tagged as a {@code Binding}'s value
   */
  public static ReplayAnswer replay(RunInput input, List<List<Object>> logs) {
    RunLifecycle.Ran<List<LogAnswer>> ran =
        RunLifecycle.check(
            input,
            figures -> {},
            new HookLog(),
            tlc -> {},
            code -> tool().map(tool -> TraceReplay.replayAll(tool, logs)));
    return new ReplayAnswer(ran.run(), ran.after());
  }

  /**
   * Runs TLC once in simulation mode (its arguments draw one behaviour of one state: TLC parses the
   * spec, processes the configuration and checks the initial states), then draws the budget's
   * behaviours with TLC's evaluator ({@link Simulation}).
   */
  public static SimulationAnswer simulate(RunInput input, SimulationBudget budget) {
    HookLog hooks = new HookLog();
    RunLifecycle.Ran<Simulation> ran =
        RunLifecycle.check(
            input,
            figures -> {},
            hooks,
            tlc -> {},
            code ->
                SimulatorTool.of(hooks)
                    .map(tool -> new Simulation(tool).run(budget, input.stopRequested())));
    Optional<Simulation> s = ran.after();
    return s.isPresent()
        ? new SimulationAnswer(
            ran.run(),
            s.get().behaviours(),
            s.get().steps(),
            s.get().deadEnds(),
            s.get().fired(),
            s.get().violations(),
            s.get().violated(),
            s.get().shortest(),
            true)
        : new SimulationAnswer(
            ran.run(), 0, 0, 0, List.of(), List.of(), Optional.empty(), Optional.empty(), false);
  }

  /** Parses the input's module with SANY alone ({@link SanyParse}). */
  public static ParseAnswer parse(RunInput input) {
    return SanyParse.parse(input);
  }

  /**
   * Parses the input's module with SANY and reports which variables each action reads, and each
   * actor's view ({@link SpecReads}).
   */
  public static ReadsAnswer reads(RunInput input, ReadsQuery query) {
    return SpecReads.analyze(input, query);
  }

  /** The tool of TLC's run, if it got as far as making one. */
  private static Optional<ITool> tool() {
    return TLCGlobals.mainChecker == null
        ? Optional.empty()
        : Optional.of(TLCGlobals.mainChecker.tool);
  }
}
