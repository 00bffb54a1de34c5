package dev.admincvq.tlc;

import dev.admincvq.model.Problem;
import dev.admincvq.model.SimulationResult;
import dev.admincvq.tlc.answer.CountAnswer;
import dev.admincvq.tlc.answer.HookReport;
import dev.admincvq.tlc.answer.RunAnswer;
import dev.admincvq.tlc.answer.SimulationAnswer;
import dev.admincvq.tlc.answer.SimulationBudget;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Random behaviours of a model, in one isolated run as every check ({@link IsolatedTlc}, {@link
 * RunSetup}): TLC started in simulation mode parses the spec and sets the model up, then the
 * behaviours are drawn with its evaluator inside the run.
 */
public final class TlcSimulator {
  private final IsolatedTlc tlc;
  private final LibraryModules library;

  private TlcSimulator(IsolatedTlc tlc, LibraryModules library) {
    this.tlc = tlc;
    this.library = library;
  }

  /** A simulator that runs the TLC on this application's class path. */
  public static TlcSimulator create() {
    return new TlcSimulator(IsolatedTlc.fromApplicationClassPath(), LibraryModules.bundled());
  }

  /** Simulates; bad input gives a result with a problem, not an exception. */
  public SimulationResult simulate(SimulationRequest request) {
    return simulateReportingHooks(request).result();
  }

  /**
   * A simulation's result, and every hook into TLC's or the JDK's internals its run used, with
   * whether each applied (none when the input was missing and nothing ran).
   */
  record Simulated(SimulationResult result, List<HookReport> hooks) {
    Simulated {
      hooks = List.copyOf(hooks);
    }
  }

  /** As {@link #simulate}, with the run's hooks. */
  Simulated simulateReportingHooks(SimulationRequest request) {
    long start = System.nanoTime();
    Optional<Problem> missing = TlcChecker.missingInput(request.spec(), request.config());
    if (missing.isPresent()) {
      return new Simulated(failed(request, missing.get(), Duration.ZERO), List.of());
    }
    SimulationBudget budget =
        new SimulationBudget(
            request.behaviours(), request.time().toMillis(), request.depth(), request.seed());
    // TLC itself draws one behaviour of one state: enough to parse, set up, check the initial
    // states.
    List<String> mode =
        List.of(
            "-simulate",
            "num=1",
            "-depth",
            "1",
            "-seed",
            Long.toString(request.seed()),
            "-workers",
            "1");
    IsolatedTlc.Isolated<SimulationAnswer> isolated =
        RunSetup.inRunDirectory(
            "admincvq-sim-",
            request.spec(),
            Optional.of(request.config()),
            mode,
            request.libraryPaths(),
            library,
            run -> tlc.simulate(run.input(), budget));
    SimulationAnswer answer = isolated.answer();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    RunAnswer run = answer.run();
    if (!answer.simulated()
        || (run.tlcCode() != RunDecoder.NO_ERROR && run.violationCode().isEmpty())) {
      return new Simulated(
          failed(
              request,
              ProblemLocator.locate(request.spec(), request.config(), run.output(), run.crash()),
              took),
          isolated.hooks());
    }
    return new Simulated(
        new SimulationResult(
            request.spec(),
            request.config(),
            request.seed(),
            request.depth(),
            answer.behaviours(),
            answer.steps(),
            answer.deadEnds(),
            counts(answer.fired()),
            counts(answer.violations()),
            answer.violated(),
            answer.shortest().map(RunDecoder::traceOf),
            took,
            Optional.empty()),
        isolated.hooks());
  }

  private static List<SimulationResult.Count> counts(List<CountAnswer> answers) {
    return answers.stream().map(c -> new SimulationResult.Count(c.name(), c.count())).toList();
  }

  private static SimulationResult failed(
      SimulationRequest request, Problem problem, Duration took) {
    return new SimulationResult(
        request.spec(),
        request.config(),
        request.seed(),
        request.depth(),
        0,
        0,
        0,
        List.of(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        took,
        Optional.of(problem));
  }
}
