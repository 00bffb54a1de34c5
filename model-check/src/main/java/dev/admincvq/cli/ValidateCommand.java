package dev.admincvq.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.admincvq.model.TextFile;
import dev.admincvq.tlc.RunInterruptedException;
import dev.admincvq.validate.LoggedTrace;
import dev.admincvq.validate.TraceFormatException;
import dev.admincvq.validate.TraceReader;
import dev.admincvq.validate.TraceSpec;
import dev.admincvq.validate.TraceValidator;
import dev.admincvq.validate.TraceVerdict;
import dev.admincvq.validate.ValidationText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code admincvq validate}: implementation-to-model trace validation, in this JVM. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    header = "Check that NDJSON traces of the implementation are behaviours of the spec.",
    description = {
      "Reads each trace (a header line naming the constants of the run, then one event per step,",
      "as reference/TRACE-MAPPING.md describes; a directory stands for its *.ndjson files) and",
      "matches it against spec-tla/TraceAdminCvqActors.tla (--spec actors: traces of reference/)",
      "or spec-tla/TraceAdminVq.tla (--spec adminvq: traces of reference/adminvq, the published",
      "admin virtqueue) with TLC's own evaluator in this JVM: the spec is parsed once per design,",
      "not once per trace. A trace is valid iff every event is a step of the spec (AdminCvqActors,",
      "AdminVq) with every reported value equal to the spec's. For a rejected trace",
      "prints the longest validated prefix, the first event that matches no step and why, and",
      "the candidate model states at that point. A file that is not a trace (not UTF-8, not one",
      "JSON object per line, a key twice, a negative number, MaxVFs above 256) gets one line",
      "on stderr, file:line:column: message, before any model runs; the other traces are still",
      "validated. Exit code 0 when every trace is valid, 2 when a file is missing or not a",
      "trace, else 1 when a trace is invalid; 130/143 interrupted. With --json, one JSON object",
      "per trace, one per line, and no summary line."
    })
final class ValidateCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create();

  @Parameters(
      arity = "1..*",
      paramLabel = "TRACE",
      description = "Trace files (.ndjson) or directories of them.")
  List<Path> traces = new ArrayList<>();

  @Option(
      names = "--spec",
      paramLabel = "S",
      description =
          "actors (TraceAdminCvqActors.tla, the default) or adminvq (TraceAdminVq.tla, the published admin virtqueue).")
  String specName = TraceSpec.ACTORS.optionName();

  @Mixin JsonOption json = new JsonOption();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    TraceSpec which = TraceSpecName.parse(spec.commandLine(), specName);
    List<LoggedTrace> read = new ArrayList<>();
    int malformed = 0;
    for (Path p : files()) {
      try {
        read.add(TraceReader.read(p, which));
      } catch (TraceFormatException | TextFile.Unreadable e) {
        err.println("admincvq: " + e.getMessage());
        malformed++;
      }
    }
    if (read.isEmpty()) {
      return Exit.USAGE;
    }
    Path root = ProjectLayout.root().orElse(Path.of(""));
    long start = System.nanoTime();
    long events = read.stream().mapToLong(t -> t.events().size()).sum();
    List<TraceVerdict> verdicts;
    try {
      verdicts = new TraceValidator(root.resolve("spec-tla")).validate(read);
    } catch (RunInterruptedException e) {
      out.println(
          "Interrupted: "
              + read.size()
              + (read.size() == 1 ? " trace" : " traces")
              + " read ("
              + events
              + " events), no verdict yet (the traces of one design are judged together, in one run)");
      err.println("admincvq: interrupted");
      return Exit.INTERRUPTED;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    for (TraceVerdict v : verdicts) {
      out.println(json.on() ? json(v) : ValidationText.verdict(v));
    }
    if (!json.on()) {
      out.println(ValidationText.summary(which, verdicts, events, seconds));
      if (malformed > 0) {
        out.println(
            malformed
                + (malformed == 1 ? " file is" : " files are")
                + " not a trace (named on stderr)");
      }
    }
    if (malformed > 0) {
      return Exit.USAGE;
    }
    return verdicts.stream().allMatch(TraceVerdict::accepted) ? 0 : Exit.MISMATCH;
  }

  private List<Path> files() {
    List<Path> out = new ArrayList<>();
    for (Path p : traces) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          s.filter(f -> String.valueOf(f.getFileName()).endsWith(".ndjson"))
              .sorted()
              .forEach(out::add);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + p, e);
        }
      } else {
        out.add(p);
      }
    }
    if (out.isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "no *.ndjson trace in " + traces);
    }
    return out;
  }

  private static String json(TraceVerdict v) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode o = mapper.createObjectNode();
    o.put("trace", String.valueOf(v.file()));
    o.put("valid", v.accepted());
    o.put("events", v.events());
    o.put("matched", v.matched());
    v.firstBad()
        .ifPresent(
            e -> {
              o.put("firstBadLine", e.line());
              o.put("firstBadAction", e.action());
            });
    v.rejection()
        .ifPresent(
            r -> {
              o.put("enabled", r.enabled());
              ArrayNode fields = o.putArray("disagreements");
              r.disagreements().forEach(fields::add);
              o.put("candidateStates", r.candidateCount());
              ArrayNode states = o.putArray("candidates");
              r.candidates()
                  .forEach(
                      st -> {
                        ObjectNode state = states.addObject();
                        st.bindings().forEach(b -> state.put(b.variable(), b.value().toString()));
                      });
              r.error().ifPresent(e -> o.put("error", e));
            });
    return o.toString();
  }
}
