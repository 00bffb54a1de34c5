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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The report of {@code admincvq check} for people: a verdict table of the checked models, then each
 * counterexample as numbered text and as a sequence diagram.
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
    return SequenceDiagram.of(
        modelName(result.config()) + ": " + outcome(result), trace, result.violated());
  }

  /** The verdict and the violated property: {@code safety failure of FailOnGone}. */
  public static String outcome(CheckResult r) {
    return r.verdict().label() + r.violated().map(v -> " of " + v).orElse("");
  }

  /**
   * What the page says of a model beyond TLC's result.
   *
   * @param options the design options the model binds, by the names the manifest gives them ({@code
   *     VF reset} -> {@code drops config}), in order; empty for a model no manifest records
   * @param meanings what each invariant and property the model checks means, by name
   */
  public record About(Map<String, String> options, Map<String, Meaning> meanings) {
    public About {
      options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
      meanings = Collections.unmodifiableMap(new LinkedHashMap<>(meanings));
    }

    /** Nothing beyond TLC's result is known. */
    public static About none() {
      return new About(Map.of(), Map.of());
    }
  }

  /**
   * What an invariant or property means, as the spec's comment on it says.
   *
   * @param definedAt where it is defined ({@code AdminCvqActors.tla:412})
   * @param comment the comment, with the statements it quotes in double quotes
   * @param quotedFrom where the quoted statements come from ({@code the thread}), each once
   */
  public record Meaning(String definedAt, String comment, List<String> quotedFrom) {
    public Meaning {
      quotedFrom = List.copyOf(quotedFrom);
    }
  }

  /** {@link #html(List, TracePrinter.Detail, Function)} with nothing known beyond TLC's results. */
  public static HtmlPage html(List<CheckResult> results, TracePrinter.Detail detail) {
    return html(results, detail, r -> About.none());
  }

  /**
   * The HTML page of {@code results}, counterexamples printed with {@code detail}: the verdict
   * table, the counterexamples with their diagrams (each with the model's options and what the
   * violated property means), then what each model checked and what each property checked means
   * (last, so that the verdicts and the diagrams stay at the top of the page).
   */
  public static HtmlPage html(
      List<CheckResult> results, TracePrinter.Detail detail, Function<CheckResult, About> about) {
    HtmlPage page =
        HtmlPage.titled("admincvq check")
            .paragraph(
                results.size()
                    + (results.size() == 1 ? " model" : " models")
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
      About a = about.apply(r);
      page =
          page.subheading(modelName(r.config()) + ": " + outcome(r))
              .paragraph(
                  r.spec().getFileName()
                      + " with "
                      + r.config().getFileName()
                      + "; counterexample of "
                      + t.length()
                      + " states.");
      if (!a.options().isEmpty()) {
        page = page.paragraph("Options: " + optionsText(a.options()) + ".");
      }
      for (String v : r.violated().stream().toList()) {
        Meaning m = a.meanings().get(v);
        if (m != null && !m.comment().isEmpty()) {
          page = page.paragraph(v + " (" + m.definedAt() + "): " + m.comment());
        }
      }
      page =
          page.pre(TracePrinter.render(t, detail))
              .figure(
                  svg, "Sequence diagram of the counterexample of " + modelName(r.config()) + ".");
    }
    page =
        page.heading("What was checked")
            .bullets(results.stream().map(r -> checked(r, about.apply(r))).toList());
    Map<String, Meaning> meanings = new LinkedHashMap<>();
    results.forEach(r -> about.apply(r).meanings().forEach(meanings::putIfAbsent));
    if (!meanings.isEmpty()) {
      page = page.heading("What each property states").table(meaningTable(meanings));
    }
    return page;
  }

  /** The options as {@code DriverSync: drain, DeviceCheck: inFlight, VF reset: drops config}. */
  static String optionsText(Map<String, String> options) {
    List<String> out = new ArrayList<>();
    options.forEach((k, v) -> out.add(k + ": " + v));
    return String.join(", ", out);
  }

  private static Table meaningTable(Map<String, Meaning> meanings) {
    List<List<Table.Cell>> rows = new ArrayList<>();
    meanings.forEach(
        (name, m) ->
            rows.add(
                List.of(
                    Table.Cell.of(name),
                    Table.Cell.of(m.definedAt()),
                    Table.Cell.of(m.comment().isEmpty() ? "(no comment in the spec)" : m.comment()),
                    Table.Cell.of(String.join("; ", m.quotedFrom())))));
    return new Table(
        "", List.of("property", "defined at", "what the spec's comment says", "quoted from"), rows);
  }

  /**
   * What the check of {@code r} covered, from its configuration: the invariants and properties,
   * deadlock unless {@code CHECK_DEADLOCK FALSE}, the options as the manifest names them and the
   * constants as bound; for a success, all of them hold within those bounds.
   */
  static String checked(CheckResult r, About about) {
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
        + (about.options().isEmpty() ? "" : "; options: " + optionsText(about.options()))
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
              new Table.Cell(
                  String.format(Locale.ROOT, "%.2f", r.duration().toMillis() / 1000.0),
                  Tone.PLAIN,
                  true)));
    }
    return new Table(
        "",
        List.of(
            "model",
            "spec",
            "verdict",
            "violated",
            "distinct states",
            "generated",
            "depth",
            "trace (states)",
            "time (s)"),
        rows);
  }
}
