package dev.admincvq.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.admincvq.deep.DeepRow;
import dev.admincvq.deep.DeepRunner;
import dev.admincvq.deep.DeepTable;
import dev.admincvq.deep.DeepTier;
import dev.admincvq.guarantee.GuaranteeMatrix;
import dev.admincvq.guarantee.GuaranteeRow;
import dev.admincvq.guarantee.GuaranteeTable;
import dev.admincvq.matrix.Manifest;
import dev.admincvq.matrix.MatrixRow;
import dev.admincvq.matrix.MatrixRunner;
import dev.admincvq.report.AnswerGrid;
import dev.admincvq.report.MatrixTable;
import dev.admincvq.tlc.RunInterruptedException;
import dev.admincvq.tlc.TlcChecker;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code admincvq matrix}: checks every model of the manifest and prints the design-option table.
 */
@Command(
    name = "matrix",
    mixinStandardHelpOptions = true,
    header = "Check every design-option model against its recorded verdict.",
    description = {
      "Checks every model of spec-tla/models/manifest.json in this JVM (one worker each, so state",
      "counts are TLC's deterministic ones; --jobs models at once) and prints the design-option",
      "table: model, options",
      "(the rule sets DriverSync / DeviceCheck, then the readings of the open points), bounds,",
      "expected and actual result, violated property, trace length, distinct states, time; then",
      "the answer as grids, driver rule set by device rule set, one per reading of the other",
      "options; then the design x property table as far as each design's one run decides it",
      "(ok: every property holds; NO (n): the property violated; ?: not decided, as TLC stops at",
      "its first violation). Exit code 0 when every model gives what the manifest records, 1",
      "otherwise. With --properties, that table with every cell decided instead (each property",
      "checked on its own), and exit code 1 when a design's verdicts differ from those the",
      "manifest records. With --json, a JSON array, one object per model with its options,",
      "bounds and propertyVerdicts (holds, violated or not decided; with --properties, an",
      "object: models, guarantees). With --deep, the deep tier instead: every",
      "design of the matrix at two VFs, three submissions and two generations per VF,",
      "invariants only, MAC values and (where NumVFs never changes) VF ids as model values",
      "under TLC's SYMMETRY (MacPerms and MacAndVfPerms in MCAdminCvqActors.tla say why that",
      "is sound); exit code 0 when every design gives the quick tier's verdict, 1 when one",
      "differs."
    })
final class MatrixCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create();

  @Mixin JsonOption json = new JsonOption();

  @Option(
      names = "--properties",
      description =
          "also check each property of each design option on its own (TLC stops at the first"
              + " violation) and print which option guarantees which property; one examination"
              + " run per model (every invariant evaluated in every reachable state)")
  boolean properties;

  @Option(
      names = "--deep",
      description =
          "check every design of the matrix at two VFs, three submissions and two generations per"
              + " VF instead (invariants only, MAC and VF symmetry) and compare each verdict with the"
              + " quick tier's; minutes, not seconds")
  boolean deep;

  @Option(
      names = "--workers",
      paramLabel = "N",
      description =
          "TLC workers per model with --deep (default: 1; --deep checks --jobs designs at once)")
  int workers = 1;

  @Option(
      names = "--jobs",
      paramLabel = "N",
      description =
          "models checked at once, each in its own class loader with one TLC worker (with --deep,"
              + " --workers), so that state counts stay TLC's deterministic ones (default: the"
              + " cores of this machine)")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Mixin WidthOption width = new WidthOption();

  @Mixin ManifestOption manifest = new ManifestOption();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = width.fit(spec.commandLine(), spec.commandLine().getOut(), json.on());
    PrintWriter err = spec.commandLine().getErr();
    Optional<Manifest> read = manifest.read(err);
    if (read.isEmpty()) {
      return Exit.USAGE;
    }
    Manifest models = read.get();
    if (deep && properties) {
      err.println("matrix: --deep checks invariants only; it cannot be combined with --properties");
      return Exit.USAGE;
    }
    if (workers < 1) {
      err.println("matrix: --workers must be at least 1, was " + workers);
      return Exit.USAGE;
    }
    if (jobs < 1) {
      err.println("matrix: --jobs must be at least 1, was " + jobs);
      return Exit.USAGE;
    }
    if (deep) {
      return deepTier(models, out, err);
    }
    MatrixRunner runner = new MatrixRunner(TlcChecker.create(), jobs);
    List<MatrixRow> finished = new ArrayList<>();
    List<GuaranteeRow> examined = new ArrayList<>();
    List<MatrixRow> rows;
    List<GuaranteeRow> guarantees;
    boolean terminal = !json.on() && MatrixProgress.onTerminal();
    MatrixProgress checking = new MatrixProgress(err, terminal, models.models().size());
    MatrixProgress examining =
        new MatrixProgress(
            err, terminal, (int) models.models().stream().filter(m -> m.inMatrix()).count());
    try {
      rows =
          runner.run(
              models,
              row -> {
                finished.add(row);
                if (!json.on()) {
                  checking.finished(
                      row.model().name(), row.asExpected() ? "as expected" : "NOT as expected");
                }
              },
              m -> checking.live(m.name()));
      guarantees =
          properties
              ? new GuaranteeMatrix(TlcChecker.create(), jobs)
                  .run(
                      models,
                      row -> {
                        examined.add(row);
                        if (!json.on()) {
                          examining.finished(row.model().name(), "each property");
                        }
                      })
              : List.of();
    } catch (RunInterruptedException e) {
      printInterrupted(models, finished, examined, out, err);
      return Exit.INTERRUPTED;
    }
    ObjectMapper mapper = new ObjectMapper();
    if (json.on() && properties) {
      ObjectNode both = mapper.createObjectNode();
      both.set("models", MatrixTable.json(rows));
      both.set("guarantees", GuaranteeTable.json(guarantees));
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(both));
    } else if (json.on()) {
      out.println(
          mapper.writerWithDefaultPrettyPrinter().writeValueAsString(MatrixTable.json(rows)));
    } else {
      out.print(MatrixTable.render(rows));
      long ok = rows.stream().filter(MatrixRow::asExpected).count();
      out.println(ok + " of " + rows.size() + " models as expected.");
      String grids = AnswerGrid.ofResults(rows);
      if (!grids.isEmpty()) {
        out.println();
        out.println(
            "The answer (SAFE: every property holds; else the first violation TLC found, trace length):");
        out.print(grids);
      }
      String decided = GuaranteeTable.ofOneRun(rows);
      if (!properties && !decided.isEmpty()) {
        out.println();
        out.println(
            "Each design x each property, as far as its one run decides ("
                + GuaranteeTable.ONE_RUN_LEGEND
                + "):");
        out.print(decided);
      }
      if (properties) {
        out.println();
        out.println("Each property on its own (ok: holds; NO (n): counterexample of n states):");
        out.print(GuaranteeTable.render(guarantees));
        for (GuaranteeRow g : guarantees) {
          for (String m : g.mismatches()) {
            out.println("MISMATCH " + g.model().name() + ": " + m);
          }
        }
      }
    }
    boolean same = guarantees.stream().allMatch(g -> g.mismatches().isEmpty());
    return rows.stream().allMatch(MatrixRow::asExpected) && same ? 0 : Exit.MISMATCH;
  }

  private int deepTier(Manifest models, PrintWriter out, PrintWriter err) throws IOException {
    DeepTier tier = DeepTier.twoVfsThreeSubmissions();
    long total = models.models().stream().filter(m -> m.inMatrix()).count();
    int[] done = {0};
    long start = System.nanoTime();
    List<DeepRow> finished = new ArrayList<>();
    List<DeepRow> rows;
    try {
      rows =
          new DeepRunner(TlcChecker.create(), workers, jobs)
              .run(
                  models,
                  tier,
                  row -> {
                    finished.add(row);
                    done[0]++;
                    if (!json.on()) {
                      err.println(
                          String.format(
                              Locale.ROOT,
                              "checked %d of %d %-48s %s",
                              done[0],
                              total,
                              row.design().name(),
                              row.asExpected() ? "same verdict" : "VERDICT CHANGED"));
                    }
                  });
    } catch (RunInterruptedException e) {
      if (json.on()) {
        ObjectNode partial = new ObjectMapper().createObjectNode();
        partial.put("interrupted", true);
        partial.set("models", DeepTable.json(finished));
        out.println(
            new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(partial));
      } else {
        if (!finished.isEmpty()) {
          out.print(DeepTable.render(finished));
        }
        out.println(
            "Interrupted: "
                + finished.size()
                + " of "
                + total
                + " designs checked in the deep tier.");
      }
      err.println("admincvq: interrupted");
      return Exit.INTERRUPTED;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (json.on()) {
      out.println(
          new ObjectMapper()
              .writerWithDefaultPrettyPrinter()
              .writeValueAsString(DeepTable.json(rows)));
    } else {
      out.print(DeepTable.render(rows));
      long same = rows.stream().filter(DeepRow::asExpected).count();
      long states = rows.stream().mapToLong(r -> r.result().distinctStates()).sum();
      long vfPermuted = rows.stream().filter(r -> tier.permutesVfsOf(r.design())).count();
      out.println(
          String.format(
              Locale.ROOT,
              "%d of %d designs give the quick tier's verdict at %s (invariants only, MAC"
                  + " symmetry, VF symmetry in %d where NumVFs is fixed);"
                  + " %,d distinct states in %.0f s, %d design%s at once with %d worker%s each.",
              same,
              rows.size(),
              rows.isEmpty() ? "-" : rows.get(0).boundsText(),
              vfPermuted,
              states,
              seconds,
              jobs,
              jobs == 1 ? "" : "s",
              workers,
              workers == 1 ? "" : "s"));
    }
    return rows.stream().allMatch(DeepRow::asExpected) ? 0 : Exit.MISMATCH;
  }

  /** On an interrupt: the rows of the models that finished (no grids: they need every model). */
  private void printInterrupted(
      Manifest models,
      List<MatrixRow> finished,
      List<GuaranteeRow> examined,
      PrintWriter out,
      PrintWriter err)
      throws IOException {
    if (json.on()) {
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode partial = mapper.createObjectNode();
      partial.put("interrupted", true);
      partial.set("models", MatrixTable.json(finished));
      if (properties) {
        partial.set("guarantees", GuaranteeTable.json(examined));
      }
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(partial));
    } else {
      if (!finished.isEmpty()) {
        out.print(MatrixTable.render(finished));
      }
      out.println(
          "Interrupted: "
              + finished.size()
              + " of "
              + models.models().size()
              + " models checked"
              + (properties ? ", " + examined.size() + " examined property by property" : "")
              + "; no answer grids.");
      if (!examined.isEmpty()) {
        out.print(GuaranteeTable.render(examined));
      }
    }
    err.println("admincvq: interrupted");
  }
}
