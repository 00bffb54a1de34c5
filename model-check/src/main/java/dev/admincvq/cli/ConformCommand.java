package dev.admincvq.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.admincvq.conform.ConformSpec;
import dev.admincvq.conform.ConformText;
import dev.admincvq.conform.ConformanceReport;
import dev.admincvq.conform.Divergence;
import dev.admincvq.model.Difference;
import dev.admincvq.model.State;
import dev.admincvq.tlc.RunInterruptedException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.checkerframework.checker.nullness.qual.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code admincvq conform}: model-to-implementation conformance of the reference implementation.
 */
@Command(
    name = "conform",
    mixinStandardHelpOptions = true,
    header = "Replay every edge of a model's state graph on the reference implementation.",
    description = {
      "Explores the reachable state graph of spec-tla/MCAdminCvqActors.tla (--spec actors) or",
      "spec-tla/MCAdminVq.tla (--spec adminvq, the published admin virtqueue) under a model",
      "(TLC's own evaluator), covers every reachable edge by paths from the initial states, and",
      "replays each path in lockstep on the reference implementation (reference/, or",
      "reference/adminvq), driving each action on the actor that owns it and comparing the",
      "abstraction of its state with the model's after every step. Prints coverage (edges",
      "covered / reachable, paths) and the first divergence: the path so far, the action, the",
      "differing variables.",
      "Exit code 0 when every path replays, 1 on a divergence, 2 on a bad option or model, 130/143",
      "interrupted.",
      "With --json, one JSON object."
    })
final class ConformCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create();

  @Option(
      names = "--spec",
      paramLabel = "S",
      description =
          "actors (AdminCvqActors.tla, the default) or adminvq (AdminVq.tla, the published admin virtqueue).")
  String specName = ConformSpec.ACTORS.optionName();

  @Option(
      names = "--model",
      paramLabel = "M",
      description = {
        "A model by name, of spec-tla/models/actors (e.g. keeps_drain_inFlight) or of spec-tla/models/adminvq (e.g. try_again), or the path of a configuration of MCAdminCvqActors.tla or MCAdminVq.tla.",
        "Default for actors: drops_barrier_wireGen, the safe design barrier + wireGen where a VF reset re-creates the VF (every action of the spec is an edge of its graph).",
        "Default for adminvq: member_flr_holds_answer, a DEV_MODE_SET or DEV_PARTS_SET held while the member's FLR is in progress (no adminvq model takes every action alone; this one takes the most)."
      })
  @Nullable String model;

  @Mixin JsonOption json = new JsonOption();

  @Override
  public Integer call() throws JsonProcessingException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ConformSpec which =
        ConformSpec.named(specName)
            .orElseThrow(
                () ->
                    new CommandLine.ParameterException(
                        spec.commandLine(),
                        "--spec must be actors or adminvq, not '" + specName + "'"));
    Path root = ProjectLayout.root().orElse(Path.of(""));
    Path config = which.config(root, model == null ? which.defaultModel() : model);
    Path tla = which.rootModule(root);
    if (!Files.isRegularFile(config)) {
      err.println("admincvq: no such model: " + config);
      return Exit.USAGE;
    }
    ConformanceReport report;
    try {
      report = which.run(tla, config);
    } catch (IllegalArgumentException e) {
      err.println("admincvq: " + e.getMessage());
      return Exit.FAILURE;
    } catch (RunInterruptedException e) {
      out.println(
          config.getFileName()
              + ": interrupted while its state graph was explored; no path replayed");
      err.println("admincvq: interrupted");
      return Exit.INTERRUPTED;
    }
    out.println(json.on() ? json(report) : ConformText.report(report));
    return report.conforms() ? 0 : Exit.MISMATCH;
  }

  private static String json(ConformanceReport r) throws JsonProcessingException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode o = mapper.createObjectNode();
    o.put("spec", String.valueOf(r.spec()));
    o.put("config", String.valueOf(r.config()));
    ObjectNode options = o.putObject("options");
    r.options().forEach(options::put);
    o.put("states", r.states());
    o.put("initialStates", r.initialStates());
    o.put("edges", r.edges());
    o.put("edgesCovered", r.covered());
    o.put("paths", r.paths());
    o.put("steps", r.steps());
    o.put("conformingPaths", r.conforming());
    o.put("divergingPaths", r.diverging());
    o.put("truncated", r.truncated());
    o.put("exploreMillis", r.explore().toMillis());
    o.put("replayMillis", r.replay().toMillis());
    o.put("result", r.conforms() ? "conforms" : "diverges");
    if (r.firstDivergence().isPresent()) {
      Divergence d = r.firstDivergence().get();
      ObjectNode n = o.putObject("firstDivergence");
      n.put("path", d.path());
      n.put("step", d.step());
      ArrayNode soFar = n.putArray("pathSoFar");
      d.pathSoFar().forEach(soFar::add);
      n.put("action", d.action());
      d.refusal().ifPresent(x -> n.put("refusal", x));
      ArrayNode diffs = n.putArray("differences");
      for (Difference x : d.differences()) {
        ObjectNode dn = diffs.addObject();
        dn.put("path", x.path());
        x.left()
            .ifPresentOrElse(
                v -> dn.put("expected", String.valueOf(v)), () -> dn.putNull("expected"));
        x.right()
            .ifPresentOrElse(v -> dn.put("actual", String.valueOf(v)), () -> dn.putNull("actual"));
      }
      n.set("expected", stateNode(mapper, d.expected()));
      n.set("actual", stateNode(mapper, d.actual()));
    }
    return mapper.writeValueAsString(o);
  }

  private static ObjectNode stateNode(ObjectMapper mapper, State s) {
    ObjectNode n = mapper.createObjectNode();
    for (State.Binding b : s.bindings()) {
      n.put(b.variable(), String.valueOf(b.value()));
    }
    return n;
  }
}
