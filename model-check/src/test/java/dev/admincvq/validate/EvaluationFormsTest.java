package dev.admincvq.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.matrix.Manifest;
import dev.admincvq.matrix.ModelEntry;
import dev.admincvq.model.CheckResult;
import dev.admincvq.model.Verdict;
import dev.admincvq.reference.DriverSync;
import dev.admincvq.review.ConfigFacts;
import dev.admincvq.stress.RunReport;
import dev.admincvq.stress.StressRunner;
import dev.admincvq.stress.StressSettings;
import dev.admincvq.tlc.CheckRequest;
import dev.admincvq.tlc.TlcChecker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trace validation replaces five definitions of {@code AdminCvqActors} and its trace spec by their
 * evaluation forms ({@link TraceSpec#evaluationForms}), each claimed equal to its definition in
 * every state a trace can reach. TLC checks the claim ({@code MCTraceAdminCvqActors.tla}) over the
 * reachable states of models of the matrix: for every option value and bound of the matrix, the
 * smallest model with it (the designs that violate an invariant too: the forms are checked in every
 * state the model reaches, past the violation). A wrong form is caught, and validation gives the
 * same verdicts, word for word, with the forms and without them.
 */
class EvaluationFormsTest {
  private static final Path SPEC_TLA =
      Path.of(System.getProperty("admincvq.root", "..")).resolve("spec-tla");
  private static final Path FORMS = SPEC_TLA.resolve("MCTraceAdminCvqActors.tla");

  private final TlcChecker tlc = TlcChecker.create();
  @TempDir Path dir;

  /**
   * For each option value of the manifest's models of AdminCvqActors, the smallest model with it.
   */
  private static List<ModelEntry> everyOptionValueOnce() throws Manifest.ManifestException {
    List<ModelEntry> smallestFirst =
        Manifest.read(SPEC_TLA.resolve("models/manifest.json")).models().stream()
            .filter(m -> m.inMatrix() && configText(m).contains("SPECIFICATION MCSpec"))
            .sorted(Comparator.comparingLong(ModelEntry::totalStates))
            .toList();
    Map<String, ModelEntry> firstWith = new LinkedHashMap<>();
    for (ModelEntry m : smallestFirst) {
      m.options().forEach((k, v) -> firstWith.putIfAbsent(k + "=" + v, m));
      m.bounds().forEach((k, v) -> firstWith.putIfAbsent(k + "=" + v, m));
    }
    return List.copyOf(new LinkedHashSet<>(firstWith.values()));
  }

  /** The model's constants, as its configuration binds them ({@link ConfigFacts}). */
  private static Map<String, String> constantsOf(ModelEntry model) {
    return ConfigFacts.parse(configText(model)).constants();
  }

  /**
   * The model's constants, with {@code bindings} (name to {@code = value} or {@code <- definition})
   * bound over them, checked under the model's steps against the forms' claims.
   */
  private Path formsConfig(ModelEntry model, Map<String, String> bindings) {
    Map<String, String> constants = new LinkedHashMap<>(constantsOf(model));
    constants.put("Log", "<- NoLog");
    constants.putAll(bindings);
    List<String> lines = new ArrayList<>(List.of("CONSTANTS"));
    constants.forEach((name, binding) -> lines.add("    " + name + " " + binding));
    lines.add("INIT FormsInit");
    lines.add("NEXT FormsNext");
    lines.add("CHECK_DEADLOCK FALSE");
    lines.add("INVARIANT EvaluationFormsAgree");
    lines.add("PROPERTY FormsAgreeInEveryStep");
    Path cfg = dir.resolve(model.name() + "_forms" + lines.hashCode() + ".cfg");
    try {
      return Files.writeString(cfg, String.join("\n", lines) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String configText(ModelEntry m) {
    try {
      return Files.readString(m.config());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyFormEqualsItsDefinitionInEveryReachableStateOfTheMatrixModels() throws Exception {
    List<ModelEntry> models = everyOptionValueOnce();
    Set<String> covered = new LinkedHashSet<>();
    models.forEach(m -> m.options().forEach((k, v) -> covered.add(k + "=" + v)));
    assertTrue(models.size() >= 5, "models: " + models.stream().map(ModelEntry::name).toList());
    assertTrue(covered.contains("VF reset=drops config"), "covered: " + covered);
    for (ModelEntry model : models) {
      CheckResult r = tlc.check(CheckRequest.of(FORMS, formsConfig(model, Map.of())));
      assertEquals(Verdict.SUCCESS, r.verdict(), model.name() + ": " + r.problem());
      if (model.expected() == Verdict.SUCCESS) {
        assertEquals(
            model.distinctStates(),
            r.distinctStates(),
            model.name() + ": the model's reachable states, as the manifest records");
      }
    }
  }

  @Test
  void theFormsAgreeWithThreeSubmissions() throws Exception {
    for (ModelEntry model : everyOptionValueOnce().subList(0, 2)) {
      assertEquals("<- TwoCmds", constantsOf(model).get("CmdId"), model.name());
      Path cfg = formsConfig(model, Map.of("CmdId", "<- ThreeCmds"));
      CheckResult r = tlc.check(CheckRequest.of(FORMS, cfg));
      assertEquals(Verdict.SUCCESS, r.verdict(), model.name() + ": " + r.problem());
      assertTrue(r.distinctStates() > model.distinctStates(), model.name() + " at three");
    }
  }

  /**
   * The forms' check on the smallest model with the form {@code form} bound to {@code wrongForm}, a
   * wrong form defined in a module of its own ({@code definitions}).
   */
  private CheckResult checkWithWrongForm(String definitions, String form, String wrongForm)
      throws Exception {
    Path wrong =
        Files.writeString(
            dir.resolve("WrongForms.tla"),
            "---- MODULE WrongForms ----\nEXTENDS MCTraceAdminCvqActors\n"
                + definitions
                + "====\n");
    ModelEntry model = everyOptionValueOnce().get(0);
    Path cfg = formsConfig(model, Map.of(form, "<- " + wrongForm));
    return tlc.check(new CheckRequest(wrong, cfg, 1, List.of(SPEC_TLA), p -> {}));
  }

  @Test
  void aFreshIdFormThatIgnoresSubmissionOrderIsCaught() throws Exception {
    CheckResult r =
        checkWithWrongForm("UnusedId(c) == ~Submitted(c)\n", "TraceFreshId", "UnusedId");
    assertEquals(Verdict.SAFETY_FAILURE, r.verdict(), String.valueOf(r.problem()));
    assertEquals("EvaluationFormsAgree", r.violated().orElseThrow());
  }

  @Test
  void aNewlyCompletedFormBlindToTheVfQueuesIsCaught() throws Exception {
    CheckResult r =
        checkWithWrongForm(
            """
            AdminQueuedNewlyCompleted ==
                {c \\in Range(adminQ) \\cup Range(inflight) : completions'[c] > completions[c]}
            """,
            "QueuedNewlyCompleted",
            "AdminQueuedNewlyCompleted");
    assertTrue(r.verdict() != Verdict.SUCCESS, String.valueOf(r.verdict()));
    assertEquals("FormsAgreeInEveryStep", r.violated().orElseThrow(), String.valueOf(r.problem()));
  }

  @Test
  void validationGivesTheSameVerdictsWithTheFormsAsWithoutThem(@TempDir Path runs)
      throws IOException {
    List<LoggedTrace> traces = new ArrayList<>();
    for (RunReport r :
        new StressRunner(new StressSettings(8, 3, 25, 2, DriverSync.BARRIER, false, 7))
            .runAll(runs.resolve("good"))) {
      traces.add(TraceReader.read(r.trace()));
    }
    for (RunReport r :
        new StressRunner(new StressSettings(8, 4, 10, 2, DriverSync.BARRIER, true, 5))
            .runAll(runs.resolve("broken"))) {
      traces.add(TraceReader.read(r.trace()));
    }
    Path good = traces.get(0).file();
    traces.add(tampered(good, runs.resolve("one-flushed-left-out.ndjson"), true));
    traces.add(tampered(good, runs.resolve("a-reaped-one-flushed.ndjson"), false));
    List<TraceVerdict> withForms = new TraceValidator(SPEC_TLA).validate(traces);
    List<TraceVerdict> without = TraceValidator.withoutEvaluationForms(SPEC_TLA).validate(traces);
    int rejected = 0;
    for (int i = 0; i < traces.size(); i++) {
      assertEquals(
          fieldsInOrder(ValidationText.verdict(without.get(i))),
          fieldsInOrder(ValidationText.verdict(withForms.get(i))),
          traces.get(i).file().toString());
      rejected += withForms.get(i).accepted() ? 0 : 1;
    }
    assertTrue(withForms.get(0).accepted(), ValidationText.verdict(withForms.get(0)));
    for (int i = traces.size() - 2; i < traces.size(); i++) {
      TraceVerdict v = withForms.get(i);
      assertTrue(
          v.rejection().orElseThrow().disagreements().contains("flushed"),
          ValidationText.verdict(v));
    }
    assertTrue(rejected >= 3, "the tampered traces and a broken device's are rejected");
  }

  private static final Pattern FLAT_RECORD = Pattern.compile("\\[([^\\[\\]]*\\|->[^\\[\\]]*)\\]");

  /**
   * {@code text} with the fields of each record in alphabetical order: TLC prints a record's fields
   * in the order it was built or, once TLC has fingerprinted it, in TLC's own order. Without the
   * forms the validator fingerprinted more states (the two equal next states of a submission to the
   * PF), so the same record may print in the other order.
   */
  private static String fieldsInOrder(String text) {
    return FLAT_RECORD
        .matcher(text)
        .replaceAll(
            r ->
                Matcher.quoteReplacement(
                    "["
                        + Arrays.stream(r.group(1).split(", "))
                            .sorted()
                            .collect(Collectors.joining(", "))
                        + "]"));
  }

  /**
   * {@code trace} with the first flush that reports commands changed: its last command left out
   * ({@code leaveOut}), or else the first flush that reports none made to report command 1, which
   * the device completed long before (traces start with a submission).
   */
  private static LoggedTrace tampered(Path trace, Path out, boolean leaveOut) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(trace, StandardCharsets.UTF_8));
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      boolean empty = line.contains("\"flushed\":[]");
      if (line.contains("\"flushed\":[") && empty != leaveOut && (leaveOut || i > 40)) {
        String changed =
            leaveOut
                ? line.replaceFirst(",?(\\d+)\\]", "]")
                : line.replace("\"flushed\":[]", "\"flushed\":[1]");
        lines.set(i, changed);
        Files.write(out, lines, StandardCharsets.UTF_8);
        return TraceReader.read(out);
      }
    }
    throw new AssertionError("no flush to change in " + trace);
  }
}
