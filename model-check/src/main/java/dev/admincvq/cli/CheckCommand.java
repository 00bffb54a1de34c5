package dev.admincvq.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.admincvq.model.CheckResult;
import dev.admincvq.model.Progress;
import dev.admincvq.model.Verdict;
import dev.admincvq.report.CheckReport;
import dev.admincvq.report.ItfWriter;
import dev.admincvq.report.ResultJson;
import dev.admincvq.report.TracePrinter;
import dev.admincvq.simulate.DerivedConfig;
import dev.admincvq.tlc.CheckRequest;
import dev.admincvq.tlc.ConfigKeywords;
import dev.admincvq.tlc.RunInterruptedException;
import dev.admincvq.tlc.TlcChecker;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.checkerframework.checker.nullness.qual.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code admincvq check}: checks TLA+ specs in this JVM, in the order given. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    header = "Check TLA+ specs in this JVM, one isolated TLC run each.",
    description = {
      "Checks each SPEC.tla with its configuration (SPEC.cfg beside it, as TLC does; or the CFG",
      "after a colon; or --config), one after another in this JVM.",
      "Exit code as TLC's: 0 success, 11 deadlock, 12 safety, 13 liveness (TLC also uses 13 for",
      "action properties), 10/14 assumption/assert, 75-77 evaluation errors, 150 spec error, 151",
      "configuration error, 153 any other TLC error (never TLC's catch-all 255); 2 bad command line;",
      "130/143 interrupted; with several specs, the first non-zero one (README: Exit codes).",
      "With --json, one JSON object per model, one per line.",
      "With --distributed, one SPEC is checked by TLC's distributed mode: a TLC server (a child",
      "process) on --port, and --local-workers worker processes here; with none, the server waits for",
      "workers started elsewhere with 'admincvq worker HOST'. Safety only: the configuration's",
      "PROPERTIES are left out (the output names them); no counterexample is printed (check the",
      "model without --distributed for it)."
    })
final class CheckCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create();

  @Option(
      names = "--config",
      paramLabel = "CFG",
      description = "configuration for every SPEC without its own :CFG")
  @Nullable Path config;

  @Option(
      names = "--workers",
      paramLabel = "N",
      defaultValue = "1",
      description = "TLC worker threads (default: ${DEFAULT-VALUE})")
  int workers;

  @Option(
      names = "--lib",
      paramLabel = "DIR",
      description = "also search DIR for modules the specs extend (repeatable)")
  List<Path> libraries = new ArrayList<>();

  @Mixin JsonOption json = new JsonOption();

  @Option(
      names = "--trace-out",
      paramLabel = "FILE",
      description =
          "also write the counterexample in ITF JSON (Apalache/Quint) to FILE; needs a single SPEC")
  @Nullable Path traceOut;

  @Option(
      names = "--full-states",
      description =
          "print every state of a counterexample whole (changed variables marked *), not only what each step changed")
  boolean fullStates;

  @Option(
      names = "--svg",
      paramLabel = "DIR",
      description =
          "also write each counterexample as a sequence diagram to DIR/<model>.svg (<model>: the CFG's name)")
  @Nullable Path svgDir;

  @Option(
      names = "--html",
      paramLabel = "FILE",
      description =
          "also write a self-contained HTML report to FILE: the verdict table, each counterexample as text and diagram, what each model checked (with its options as the manifest names them) and what each property checked states (its comment in the spec, with the statement it quotes)")
  @Nullable Path html;

  @Mixin ConstantOption constants = new ConstantOption();

  @Option(
      names = "--distributed",
      description = "check with TLC's distributed mode (safety only; see above)")
  boolean distributed;

  @Option(
      names = "--local-workers",
      paramLabel = "N",
      defaultValue = "0",
      description =
          "with --distributed: start N worker processes on this machine, each with --workers threads (default: ${DEFAULT-VALUE}, wait for remote workers)")
  int localWorkers;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "10997",
      description =
          "with --distributed: the port of the server's RMI registry (default: ${DEFAULT-VALUE}, TLC's)")
  int port;

  @Parameters(paramLabel = "SPEC.tla[:CFG]", arity = "1..*", description = "the specs to check")
  List<String> specs = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    if (workers < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--workers must be at least 1, was " + workers);
    }
    if (distributed) {
      return new DistributedCheck(this).run();
    }
    if (localWorkers != 0 || spec.commandLine().getParseResult().hasMatchedOption("--port")) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--local-workers and --port need --distributed");
    }
    if (traceOut != null && specs.size() > 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--trace-out needs a single SPEC");
    }
    // Every output is checked before any model runs.
    OutputPath.requireWritableFile(spec.commandLine(), "--html", html);
    OutputPath.requireWritableFile(spec.commandLine(), "--trace-out", traceOut);
    OutputPath.requireWritableDirectory(spec.commandLine(), "--svg", svgDir);
    List<CheckRequest> requests = new ArrayList<>();
    List<DerivedConfig> derived = new ArrayList<>();
    Map<Path, Path> originals = new HashMap<>();
    try {
      Set<String> svgNames = new HashSet<>();
      for (String arg : specs) {
        CheckRequest request = request(arg);
        warnSkipped(request.config(), spec.commandLine().getErr());
        if (svgDir != null && !svgNames.add(CheckReport.svgFileName(request.config()))) {
          throw new CommandLine.ParameterException(
              spec.commandLine(),
              "--svg: two models would both write " + CheckReport.svgFileName(request.config()));
        }
        DerivedConfig cfg = derivedConfig(request.config(), false);
        derived.add(cfg);
        originals.put(cfg.path(), request.config());
        requests.add(
            new CheckRequest(
                request.spec(),
                cfg.path(),
                request.workers(),
                request.libraryPaths(),
                request.progress()));
      }
      return check(requests, originals);
    } finally {
      derived.forEach(DerivedConfig::close);
    }
  }

  /**
   * {@code cfg} with the {@code --constant} overrides, and without its properties if {@code
   * safetyOnly}.
   */
  DerivedConfig derivedConfig(Path cfg, boolean safetyOnly) {
    return constants.derive(spec.commandLine(), cfg, safetyOnly);
  }

  private int check(List<CheckRequest> requests, Map<Path, Path> originals) throws IOException {
    if (svgDir != null) {
      Files.createDirectories(svgDir); // checked before any model ran (OutputPath)
    }
    TracePrinter.Detail detail =
        fullStates ? TracePrinter.Detail.FULL_STATES : TracePrinter.Detail.CHANGES;
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    TlcChecker tlc = TlcChecker.create();
    ObjectMapper mapper = new ObjectMapper();
    List<CheckResult> results = new ArrayList<>();
    int exit = 0;
    for (CheckRequest asked : requests) {
      CheckRequest request = asked;
      if (!json.on()) {
        request =
            request.withProgress(
                new ProgressLine(err, String.valueOf(request.spec().getFileName())));
      }
      TlcChecker.Checked checked;
      try {
        checked = tlc.checkReportingHooks(request);
      } catch (RunInterruptedException e) {
        printInterrupted(request, e.soFar(), out, err);
        return Exit.INTERRUPTED; // written files stay those of the models that finished; no --html
      }
      CheckResult result = checked.result();
      if (json.on()) {
        out.println(
            mapper.writeValueAsString(
                ResultJson.withHooks(ResultJson.of(result), checked.hooks())));
      } else {
        print(result, detail, out, err);
      }
      if (traceOut != null && result.trace().isPresent()) {
        AtomicFile.write(traceOut, ItfWriter.write(result, result.trace().get()));
      }
      if (svgDir != null && result.trace().isPresent()) {
        AtomicFile.write(
            svgDir.resolve(CheckReport.svgFileName(result.config())),
            CheckReport.diagram(result, result.trace().get()).svg().asFile());
      }
      results.add(result);
      if (exit == 0) {
        exit = result.exitCode();
      }
    }
    if (html != null) {
      ReportAbout about = new ReportAbout(originals, !constants.texts.isEmpty(), libraries, err);
      AtomicFile.write(html, CheckReport.html(results, detail, about::of).render());
    }
    return exit;
  }

  /**
   * One warning line per section of {@code cfg} that the run leaves out ({@link ConfigKeywords}:
   * ALIAS).
   */
  static void warnSkipped(Path cfg, PrintWriter err) {
    if (Files.isRegularFile(cfg)) {
      ConfigKeywords.of(cfg)
          .skipped()
          .forEach(s -> err.println("admincvq: warning: " + s.warning(cfg)));
    }
  }

  CheckRequest request(String arg) {
    SpecArgument a = SpecArgument.of(arg, config);
    return new CheckRequest(a.spec(), a.config(), workers, libraries, p -> {});
  }

  /**
   * What a check stopped by an interrupt had found: no verdict, the states so far if TLC had
   * started.
   */
  private void printInterrupted(
      CheckRequest r, Optional<Progress> soFar, PrintWriter out, PrintWriter err) {
    String found =
        soFar
            .map(
                p ->
                    String.format(
                        Locale.ROOT,
                        "%,d distinct states found so far, %,d generated, depth %d",
                        p.distinct(),
                        p.generated(),
                        p.depth()))
            .orElse("no states explored yet");
    if (json.on()) {
      ObjectNode o = new ObjectMapper().createObjectNode();
      o.put("spec", r.spec().toString());
      o.put("config", r.config().toString());
      o.put("result", "interrupted");
      soFar.ifPresent(
          p -> {
            o.put("distinctStates", p.distinct());
            o.put("totalStates", p.generated());
            o.put("stateDepth", p.depth());
          });
      out.println(o.toString());
    } else {
      out.println(
          r.spec() + " (" + r.config().getFileName() + "): interrupted, no verdict; " + found);
    }
    err.println("admincvq: interrupted");
  }

  static void print(CheckResult r, TracePrinter.Detail detail, PrintWriter out, PrintWriter err) {
    if (r.verdict() == Verdict.ERROR) {
      err.println(
          "admincvq: " + r.problem().map(Object::toString).orElse(r.spec() + ": TLC failed"));
      return;
    }
    out.println(
        String.format(
            Locale.ROOT,
            "%s (%s): %s%s; %,d distinct states, %,d generated, depth %d, %.2fs",
            r.spec(),
            r.config().getFileName(),
            r.verdict().label(),
            r.violated().map(v -> " of " + v).orElse(""),
            r.distinctStates(),
            r.totalStates(),
            r.stateDepth(),
            r.duration().toMillis() / 1000.0));
    r.trace()
        .ifPresent(
            t -> {
              out.println("Counterexample, " + t.length() + " states:");
              out.print(TracePrinter.render(t, detail));
            });
  }
}
