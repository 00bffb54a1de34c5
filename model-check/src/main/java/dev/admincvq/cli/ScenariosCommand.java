package dev.admincvq.cli;

import dev.admincvq.matrix.Manifest;
import dev.admincvq.scenario.ScenarioResult;
import dev.admincvq.scenario.ScenarioRunner;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.checkerframework.checker.nullness.qual.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code admincvq scenarios}: replays the named scenarios on their models. */
@Command(
    name = "scenarios",
    mixinStandardHelpOptions = true,
    header = "Replay the named scenarios (*.scenario) on their models.",
    description = {
      "Replays each scenario file of DIR (default: spec-tla/scenarios) on the state graph of the",
      "model of the manifest it names: every step must be an edge of the graph from the state",
      "reached so far ('impossible' steps must not be), 'expect PATH = VALUE' is looked up in",
      "that state, and 'expect holds P' / 'expect violated P' is the spec's definition P",
      "evaluated by TLC in that state. Prints one line per scenario (PASS, or FAIL with",
      "file:line and what differs). A file that is no scenario (missing, not text, malformed, a",
      "number out of range, a parameter of a kind the model's never is, as c=one) also gets one",
      "line on stderr, and the other scenarios still run. Exit code 0 when every scenario",
      "passes, 2 when a file is no scenario, else 1 when one fails."
    })
final class ScenariosCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create();

  @Parameters(
      arity = "0..1",
      paramLabel = "DIR",
      description =
          "the directory of *.scenario files (default: spec-tla/scenarios of this project)")
  @Nullable Path dir;

  @Mixin ManifestOption manifest = new ManifestOption();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path given = dir;
    Path scenarios =
        given != null
            ? given
            : ProjectLayout.root().orElse(Path.of("")).resolve("spec-tla/scenarios");
    if (!Files.isDirectory(scenarios)) {
      err.println("admincvq: no such directory: " + scenarios);
      return Exit.USAGE;
    }
    List<Path> files = ScenarioRunner.files(scenarios);
    if (files.isEmpty()) {
      err.println("admincvq: no *.scenario files in " + scenarios);
      return Exit.USAGE;
    }
    Optional<Manifest> read = manifest.read(err);
    if (read.isEmpty()) {
      return Exit.USAGE;
    }
    Manifest models = read.get();
    List<ScenarioResult> results = new ScenarioRunner(models).runAll(files);
    long failed = results.stream().filter(r -> !r.passed()).count();
    for (ScenarioResult r : results) {
      out.println(r.text());
    }
    out.println((files.size() - failed) + "/" + files.size() + " scenarios pass");
    List<ScenarioResult> bad = results.stream().filter(ScenarioResult::badInput).toList();
    bad.forEach(r -> r.failure().ifPresent(f -> err.println("admincvq: " + f)));
    if (!bad.isEmpty()) {
      return Exit.USAGE;
    }
    return failed == 0 ? 0 : Exit.MISMATCH;
  }
}
