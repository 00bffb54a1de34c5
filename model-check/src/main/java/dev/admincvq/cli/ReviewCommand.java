package dev.admincvq.cli;

import dev.admincvq.review.Review;
import dev.admincvq.review.ReviewException;
import dev.admincvq.review.ReviewFormat;
import dev.admincvq.review.ReviewReport;
import dev.admincvq.review.Side;
import dev.admincvq.review.SideSource;
import dev.admincvq.tlc.GraphExplorer;
import dev.admincvq.tlc.TlcChecker;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.checkerframework.checker.nullness.qual.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code admincvq review BASE HEAD}: what a spec change does to the guarantees. */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    header = "Review a spec change: verdicts, reachable states and behaviours of BASE and HEAD.",
    description = {
      "BASE and HEAD are each a git revision of this project (its spec-tla/ is extracted to a",
      "temporary directory, removed afterwards) or a directory holding a checkout (or a spec-tla/",
      "directory). Every model of either side's models/manifest.json is examined in this JVM (one",
      "TLC run per model and side, two at a time; each property's verdict as if checked on its",
      "own) and compared: each property's verdict on both sides; distinct states,",
      "depth and the states only one side reaches (on the variables both sides declare); the",
      "shortest behaviour one side allows and the other does not, in each direction, within the",
      "models' bounds; models, constants, properties and actions added or removed.",
      "Exit code 0 when no verdict got worse, 1 when a property that held now fails, 2 on error",
      "(bad revision, unparsable spec, a check that cannot run)."
    })
final class ReviewCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create();

  @Parameters(
      index = "0",
      paramLabel = "BASE",
      description = "the revision or checkout before the change")
  String base = "";

  @Parameters(
      index = "1",
      paramLabel = "HEAD",
      description = "the revision or checkout after the change")
  String head = "";

  @Option(
      names = "--format",
      paramLabel = "md|json|html",
      defaultValue = "md",
      description = "report format (default: ${DEFAULT-VALUE})")
  String format = "md";

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "write the report to FILE (whole or not at all) instead of printing it")
  @Nullable Path outFile;

  @Option(
      names = "--model",
      paramLabel = "NAME",
      description = "review only this model (repeatable; default: every model)")
  List<String> models = new ArrayList<>();

  @Option(
      names = "--repo",
      paramLabel = "DIR",
      description = "the git repository of BASE and HEAD revisions (default: this project)")
  @Nullable Path repo;

  @Option(names = "--quiet", description = "no progress lines on standard error")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReviewFormat kind =
        ReviewFormat.named(format)
            .orElseThrow(
                () ->
                    new CommandLine.ParameterException(
                        spec.commandLine(), "--format must be md, json or html, was " + format));
    OutputPath.requireWritableFile(spec.commandLine(), "--out", outFile); // before any model runs
    Path repository = repo != null ? repo : ProjectLayout.root().orElse(Path.of(""));
    ReviewReport report;
    try (SideSource sources = new SideSource(repository)) {
      Side b = sources.resolve(base);
      Side h = sources.resolve(head);
      report =
          new Review(
                  TlcChecker.create(),
                  GraphExplorer.create(),
                  line -> {
                    if (!quiet) {
                      err.println("review: " + line);
                    }
                  })
              .run(b, h, models);
    } catch (ReviewException e) {
      err.println("admincvq: " + e.problem());
      return ReviewReport.ERROR;
    }
    String text = kind.render(report);
    if (outFile != null) {
      AtomicFile.write(outFile, text);
    } else {
      out.print(text);
    }
    return report.exitCode();
  }
}
