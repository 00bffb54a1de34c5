package dev.admincvq.tlc;

import dev.admincvq.model.CheckResult;
import dev.admincvq.model.Problem;
import dev.admincvq.model.Progress;
import dev.admincvq.model.Verdict;
import dev.admincvq.tlc.answer.HookReport;
import dev.admincvq.tlc.answer.RunAnswer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Checks TLA+ specs with TLC in this JVM, each run isolated from the others.
 *
 * <p>This is the one way the project runs TLC. Every run gets a fresh class loader (see {@link
 * IsolatedTlc}), its own temporary metadirectory (removed afterwards), and the project's library
 * modules on its search path. A run never calls {@code System.exit}, prints nothing of TLC's, and
 * leaves no thread behind.
 */
public final class TlcChecker {
  private final IsolatedTlc tlc;
  private final LibraryModules library;

  private TlcChecker(IsolatedTlc tlc, LibraryModules library) {
    this.tlc = tlc;
    this.library = library;
  }

  /** A checker that runs the TLC on this application's class path. */
  public static TlcChecker create() {
    return new TlcChecker(IsolatedTlc.fromApplicationClassPath(), LibraryModules.bundled());
  }

  /** The jar holding TLC, for comparisons with a separate {@code java tlc2.TLC} process. */
  public static Path tlcJar() {
    return IsolatedTlc.tlcJar();
  }

  /** The directory of the project's own library modules ({@code TLAPS.tla}, ...). */
  public Path libraryDirectory() {
    return library.directory();
  }

  /**
   * Checks one spec with one configuration. Bad input yields {@link Verdict#ERROR}, not an
   * exception.
   */
  public CheckResult check(CheckRequest request) {
    return checkReportingHooks(request).result();
  }

  /**
   * A check, and the hooks into TLC's and the JDK's internals its run used.
   *
   * @param result the check's result
   * @param hooks each hook, with whether it applied (none when the input was refused before a run)
   */
  public record Checked(CheckResult result, List<HookReport> hooks) {
    public Checked {
      hooks = List.copyOf(hooks);
    }
  }

  /** As {@link #check}, with the hooks the run used. */
  public Checked checkReportingHooks(CheckRequest request) {
    Path spec = request.spec();
    Path config = request.config();
    Optional<Problem> missing = missingInput(spec, config);
    if (missing.isPresent()) {
      Problem problem = missing.get();
      int exit = problem.file().equals(config.toString()) ? CONFIG_ERROR : SPEC_ERROR;
      return new Checked(failed(spec, config, problem, exit, Duration.ZERO), List.of());
    }
    long start = System.nanoTime();
    IsolatedTlc.Isolated<RunAnswer> ran =
        RunSetup.inRunDirectory(
            "admincvq-tlc-",
            spec,
            Optional.of(config),
            request.workers(),
            request.libraryPaths(),
            library,
            run -> tlc.run(run.input(), figures -> request.progress().accept(progressOf(figures))));
    return new Checked(
        RunDecoder.decode(spec, config, ran.answer(), Duration.ofNanos(System.nanoTime() - start)),
        ran.hooks());
  }

  private static Progress progressOf(long[] f) {
    return new Progress((int) f[0], f[1], f[2], f[3]);
  }

  /** Why {@code spec} or {@code config} cannot be run, if either is missing or not a module. */
  static Optional<Problem> missingInput(Path spec, Path config) {
    if (!String.valueOf(spec.getFileName()).endsWith(".tla")) {
      return Optional.of(
          Problem.inFile(spec.toString(), "not a TLA+ module (expected a .tla file)"));
    }
    if (!Files.isRegularFile(spec)) {
      return Optional.of(Problem.inFile(spec.toString(), "no such file"));
    }
    if (!Files.isRegularFile(config)) {
      return Optional.of(Problem.inFile(config.toString(), "no such file"));
    }
    return ConfigKeywords.of(config).unknown();
  }

  /** TLC's exit codes for a spec it cannot parse and a configuration it cannot read. */
  private static final int SPEC_ERROR = RunDecoder.SPEC_ERROR;

  private static final int CONFIG_ERROR = RunDecoder.CONFIG_ERROR;

  private static CheckResult failed(
      Path spec, Path config, Problem problem, int exit, Duration took) {
    return new CheckResult(
        spec,
        config,
        Verdict.ERROR,
        Optional.empty(),
        0,
        0,
        0,
        took,
        Optional.empty(),
        exit,
        Optional.of(problem));
  }
}
