package dev.admincvq.report;

import dev.admincvq.matrix.ModelConfig;
import dev.admincvq.model.CheckResult;
import dev.admincvq.model.Trace;
import dev.admincvq.model.Verdict;
import dev.admincvq.report.html.HtmlPage;
import dev.admincvq.report.html.Svg;
import dev.admincvq.report.html.Table;
import dev.admincvq.report.html.Tone;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report of {@code admincvq check} for people: a verdict table of the checked models, then
 * each counterexample as numbered text and as a sequence diagram.
 */
public final class CheckReport {
  private CheckReport() {}

  /**
   * The name a model goes by in reports and file names: its configuration's file name without
   * {@code .cfg} ({@code seed_none_none_staleEffect}).
   */
  public static String modelName(Path config) {
    String file = String.valueOf(config.getFileName());
    return file.endsWith(".cfg") ? file.substring(0, file.length() - 4) : file;
  }

  /** The file a model's counterexample diagram is written to: {@code <model>.svg}. */
  public static String svgFileName(Path config) {
    return modelName(config) + ".svg";
  }

  /** The sequence diagram of a result's counterexample, titled with the model's name. */
  public static SequenceDiagram diagram(CheckResult result, Trace trace) {
    return SequenceDiagram.of(modelName(result.config()) + ": " + outcome(result), trace, result.violated());
  }

  /** The verdict and the violated property: {@code safety failure of FailOnGone}. */
  public static String outcome(CheckResult r) {
    return r.verdict().label() + r.violated().map(v -> " of " + v).orElse("");
  }

  /**
   * The HTML page of {@code results}, counterexamples printed with {@code detail}: the verdict
   * table, the counterexamples with their diagrams, then what each model checked (last, so that
   * the verdicts and the diagrams stay at the top of the page).
   */
  public static HtmlPage html(List<CheckResult> results, TracePrinter.Detail detail) {
    HtmlPage page =
        HtmlPage.titled("admincvq check")
            .paragraph(
                results.size() + (results.size() == 1 ? " model" : " models")
                    + " checked by TLC in one JVM. Counterexamples follow the table, as numbered"
                    + " steps (the same numbers label the diagram's messages); what each model"
                    + " checked comes last.")
            .heading("Verdicts")
            .table(verdictTable(results))
            .heading("Counterexamples");
    List<CheckResult> failing = results.stream().filter(r -> r.trace().isPresent()).toList();
    if (failing.isEmpty()) {
      page = page.paragraph("None: no model produced a counterexample.");
    }
    for (CheckResult r : failing) {
      Trace t = r.trace().orElseThrow();
      Svg svg = diagram(r, t).svg();
      page =
          page.subheading(modelName(r.config()) + ": " + outcome(r))
              .paragraph(
                  r.spec().getFileName() + " with " + r.config().getFileName() + "; counterexample of "
                      + t.length() + " states.")
              .pre(TracePrinter.render(t, detail))
              .figure(svg, "Sequence diagram of the counterexample of " + modelName(r.config()) + ".");
    }
    return page.heading("What was checked").bullets(results.stream().map(CheckReport::checked).toList());
  }

  /**
   * What the check of {@code r} covered, from its configuration: the constants as bound, the
   * invariants and properties, and deadlock unless {@code CHECK_DEADLOCK FALSE}; for a success, all
   * of them hold within those bounds.
   */
  static String checked(CheckResult r) {
    ModelConfig cfg;
    try {
      cfg = ModelConfig.parse(Files.readString(r.config(), StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) { // the configuration is gone or unreadable: say so
      return modelName(r.config()) + ": " + r.config() + " cannot be read any more";
    }
    List<String> constants = new ArrayList<>();
    List<String> checks = new ArrayList<>();
    boolean deadlock = true;
    for (ModelConfig.Section s : cfg.sections()) {
      if (s.keyword().startsWith("CONSTANT")) {
        constants.add(String.join(" ", s.words()));
      } else if (s.keyword().equals("CHECK_DEADLOCK")) {
        deadlock = !s.words().equals(List.of("FALSE"));
      }
    }
    cfg.invariants().forEach(i -> checks.add("invariant " + i));
    cfg.properties().forEach(p -> checks.add("property " + p));
    if (deadlock) {
      checks.add("no deadlock");
    }
    String what = checks.isEmpty() ? "the spec's behaviours only" : String.join(", ", checks);
    return modelName(r.config())
        + (r.verdict() == Verdict.SUCCESS ? ": every one holds: " : ": checked: ")
        + what
        + (constants.isEmpty() ? "" : "; constants: " + String.join(" ", constants));
  }

  private static Table verdictTable(List<CheckResult> results) {
    List<List<Table.Cell>> rows = new ArrayList<>();
    for (CheckResult r : results) {
      boolean ok = r.verdict() == Verdict.SUCCESS;
      String violated =
          r.verdict() == Verdict.ERROR
              ? r.problem().map(Object::toString).orElse("TLC failed")
              : r.violated().orElse(ok ? "" : "-");
      rows.add(
          List.of(
              Table.Cell.of(modelName(r.config())),
              Table.Cell.of(String.valueOf(r.spec().getFileName())),
              Table.Cell.of(r.verdict().label(), ok ? Tone.GOOD : Tone.BAD),
              Table.Cell.of(violated),
              Table.Cell.number(r.distinctStates()),
              Table.Cell.number(r.totalStates()),
              Table.Cell.number(r.stateDepth()),
              r.trace().map(t -> Table.Cell.number(t.length())).orElse(Table.Cell.of("")),
              new Table.Cell(String.format(Locale.ROOT, "%.2f", r.duration().toMillis() / 1000.0), Tone.PLAIN, true)));
    }
    return new Table(
        "",
        List.of("model", "spec", "verdict", "violated", "distinct states", "generated", "depth", "trace (states)", "time (s)"),
        rows);
  }
}
