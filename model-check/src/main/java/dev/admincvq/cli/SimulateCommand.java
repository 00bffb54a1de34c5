package dev.admincvq.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.admincvq.model.SimulationResult;
import dev.admincvq.model.Verdict;
import dev.admincvq.report.TracePrinter;
import dev.admincvq.simulate.DerivedConfig;
import dev.admincvq.simulate.SimulationReport;
import dev.admincvq.tlc.Interruption;
import dev.admincvq.tlc.SimulationRequest;
import dev.admincvq.tlc.TlcSimulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.checkerframework.checker.nullness.qual.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code admincvq simulate}: random behaviours of a model, beyond the bounds an exhaustive check
 * reaches.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    header = "Draw random behaviours of a model and check every invariant in every state.",
    description = {
      "Starts TLC in simulation mode in this JVM (one isolated run) and draws random behaviours of up",
      "to --depth states with its evaluator, as TLC's -simulate does: each step takes the actions in",
      "a random order and a random successor of the first one enabled. Every state is checked against",
      "every invariant of the configuration; temporal properties are not checked. Prints how often",
      "each spec action was taken and the shortest counterexample found. The same --seed, budget and",
      "model give the same behaviours (with --seconds, the count depends on the machine).",
      "Exit code: 0 no violation found, 12 an invariant violated, 2 bad command line, 3 the model",
      "could not be run (one line says why), 130/143 interrupted (what the behaviours drawn so far",
      "showed is printed).",
      "With --json, one JSON object: result, violated, seed, depth, behaviours, steps, deadEnds,",
      "seconds, notChecked, actions and violations (counts by name), traceLength, trace."
    })
final class SimulateCommand implements Callable<Integer> {
  /** TLC's exit code for a safety violation. */
  private static final int SAFETY_VIOLATION = 12;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create();

  @Option(
      names = "--config",
      paramLabel = "CFG",
      description = "configuration, unless SPEC has its own :CFG")
  @Nullable Path config;

  @Option(
      names = "--lib",
      paramLabel = "DIR",
      description = "also search DIR for modules the spec extends (repeatable)")
  List<Path> libraries = new ArrayList<>();

  @Mixin ConstantOption constants = new ConstantOption();

  @Option(
      names = "--depth",
      paramLabel = "N",
      defaultValue = "100",
      description = "at most N states per behaviour (default: ${DEFAULT-VALUE})")
  int depth;

  @Option(
      names = "--behaviours",
      paramLabel = "N",
      description = "draw N behaviours (default: 1000, or as many as --seconds allows)")
  @Nullable Long behaviours;

  @Option(names = "--seconds", paramLabel = "S", description = "stop drawing after S seconds")
  @Nullable Long seconds;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "seed of the random choices (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(
      names = "--full-states",
      description =
          "print every state of the counterexample whole, not only what each step changed")
  boolean fullStates;

  @Mixin JsonOption json = new JsonOption();

  @Parameters(paramLabel = "SPEC.tla[:CFG]", description = "the spec to simulate")
  String specArgument = "";

  @Override
  public Integer call() throws IOException {
    CommandLine cli = spec.commandLine();
    if (depth < 1) {
      throw new CommandLine.ParameterException(cli, "--depth must be at least 1, was " + depth);
    }
    if (behaviours != null && behaviours < 1) {
      throw new CommandLine.ParameterException(
          cli, "--behaviours must be at least 1, was " + behaviours);
    }
    if (seconds != null && seconds < 1) {
      throw new CommandLine.ParameterException(cli, "--seconds must be at least 1, was " + seconds);
    }
    long count = behaviours != null ? behaviours : seconds != null ? Long.MAX_VALUE : 1000;
    Duration time = seconds != null ? Duration.ofSeconds(seconds) : Duration.ZERO;
    SpecArgument a = SpecArgument.of(specArgument, config);
    PrintWriter out = cli.getOut();
    PrintWriter err = cli.getErr();
    CheckCommand.warnSkipped(a.config(), err);
    try (DerivedConfig cfg = constants.derive(cli, a.config(), true)) {
      SimulationResult r =
          TlcSimulator.create()
              .simulate(
                  new SimulationRequest(a.spec(), cfg.path(), libraries, count, time, depth, seed));
      boolean interrupted = Interruption.requested();
      if (r.verdict() == Verdict.ERROR) {
        if (interrupted) {
          out.println(a.spec() + ": interrupted before any behaviour was drawn");
          err.println("admincvq: interrupted");
          return Exit.INTERRUPTED;
        }
        err.println(
            "admincvq: " + r.problem().map(Object::toString).orElse(a.spec() + ": TLC failed"));
        return Exit.FAILURE;
      }
      if (json.on()) {
        ObjectNode o = SimulationReport.json(r, cfg.dropped());
        if (interrupted) {
          o.put("interrupted", true);
        }
        out.println(new ObjectMapper().writeValueAsString(o));
      } else {
        out.print(
            SimulationReport.text(
                r,
                cfg.dropped(),
                fullStates ? TracePrinter.Detail.FULL_STATES : TracePrinter.Detail.CHANGES));
      }
      if (interrupted) {
        if (!json.on()) {
          out.println(
              "Interrupted after "
                  + r.behaviours()
                  + " behaviours: the above is what they showed; the behaviour being drawn is left out.");
        }
        err.println("admincvq: interrupted");
        return Exit.INTERRUPTED;
      }
      return r.violated().isPresent() ? SAFETY_VIOLATION : 0;
    }
  }
}
