package dev.admincvq.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.admincvq.cli.CliRun;
import dev.admincvq.matrix.Manifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The named scenarios of spec-tla/scenarios, replayed on the models of
 * spec-tla/models/manifest.json with their properties evaluated by TLC; and what a scenario that is
 * wrong, or written wrongly, reports.
 */
class ScenarioTest {
  static final Path ROOT = Path.of(System.getProperty("admincvq.root", ".."));
  static final Path DIR = ROOT.resolve("spec-tla/scenarios");
  static final Path MANIFEST = ROOT.resolve("spec-tla/models/manifest.json");

  /** A small model (two VFs, one submission, a few hundred states) for the runner's own tests. */
  private static final String HEAD =
      "model: scenario_none_none_numVfsShrink\ndescription:\n  A test.\nsteps:\n";

  private static ScenarioRunner runner() {
    try {
      return new ScenarioRunner(Manifest.read(MANIFEST));
    } catch (Manifest.ManifestException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  /** One dynamic test per scenario file, named by the file; each model is explored once. */
  @TestFactory
  Stream<DynamicTest> everyScenarioMeetsItsExpectationsOnItsModel() {
    List<Path> files = ScenarioRunner.files(DIR);
    List<ScenarioResult> results = runner().runAll(files);
    return IntStream.range(0, files.size())
        .mapToObj(
            i ->
                DynamicTest.dynamicTest(
                    String.valueOf(files.get(i).getFileName()),
                    () -> {
                      if (!results.get(i).passed()) {
                        fail(results.get(i).text());
                      }
                    }));
  }

  @Test
  void theScenariosTheIssueAsksForExist() {
    List<String> names =
        ScenarioRunner.files(DIR).stream().map(p -> String.valueOf(p.getFileName())).toList();
    for (String n :
        List.of(
            "vf-recreated-before-process.scenario",
            "vf-recreated-before-process-safe.scenario",
            "vf-reset-drops-config-while-command-queued.scenario",
            "vf-reset-keeps-config-while-command-queued.scenario",
            "numvfs-shrinks-under-queued-command.scenario",
            "trust-granted-to-old-generation.scenario",
            "needs-reset-during-process.scenario",
            "out-of-order-completion.scenario",
            "barrier-then-late-failure.scenario")) {
      assertTrue(names.contains(n), n + " in " + names);
    }
  }

  @Test
  void theScenariosPageListsEveryScenarioFileAndNoOther() throws IOException {
    String page = Files.readString(ROOT.resolve("docs/scenarios.md"));
    Set<String> listed = new TreeSet<>();
    Matcher m = Pattern.compile("`([a-z0-9-]+\\.scenario)`").matcher(page);
    while (m.find()) {
      listed.add(String.valueOf(m.group(1)));
    }
    Set<String> files =
        new TreeSet<>(
            ScenarioRunner.files(DIR).stream().map(p -> String.valueOf(p.getFileName())).toList());
    assertEquals(files, listed, "docs/scenarios.md lists the files of spec-tla/scenarios");
  }

  @Test
  void everyScenarioNamesAModelOfTheManifest() throws Exception {
    Manifest manifest = Manifest.read(MANIFEST);
    for (Path f : ScenarioRunner.files(DIR)) {
      String model = ScenarioParser.read(f).model();
      assertTrue(
          manifest.models().stream().anyMatch(m -> m.name().equals(model)), f + " names " + model);
    }
  }

  private static String error(String text) {
    return String.valueOf(
        assertThrows(ScenarioException.class, () -> ScenarioParser.parse("t", "t.scenario", text))
            .getMessage());
  }

  private static ScenarioResult run(String steps) {
    return runner().run(ScenarioParser.parse("t", "t.scenario", HEAD + steps));
  }

  @Test
  void parsesStepsAndExpectations() {
    Scenario s =
        ScenarioParser.parse(
            "t",
            "t.scenario",
            HEAD
                + "  # a comment\n  DriverSubmitAdmin c=1 t=1 op=setMac arg=1\n  impossible DriverCollect\n"
                + "  expect ack[1] = \"none\"\n  expect adminQ # <<>>\n  expect violated NoStaleEffect\n");
    assertEquals("scenario_none_none_numVfsShrink", s.model());
    assertEquals(1, s.modelLine());
    assertEquals("A test.", s.description());
    assertEquals(2, s.steps());
    assertEquals(3, s.expectations());
    assertEquals("DriverSubmitAdmin c=1 t=1 op=\"setMac\" arg=1", s.lines().get(0).toString());
    assertEquals(6, s.lines().get(0).number());
    assertTrue(((Scenario.Step) s.lines().get(1)).impossible());
    assertFalse(((Scenario.ValueFact) s.lines().get(3)).equal());
    assertEquals(List.of("NoStaleEffect"), s.properties());
  }

  @Test
  void aMalformedStepNamesFileAndLine() {
    assertEquals(
        "t.scenario:5: 'c:1' is no parameter (name=value)", error(HEAD + "  DeviceFetch c:1\n"));
    assertEquals(
        "t.scenario:5: parameter 'c' given twice", error(HEAD + "  DeviceFetch c=1 c=2\n"));
    assertEquals(
        "t.scenario:5: '<<1>>' is no value (integer, TRUE, FALSE, \"string\" or word)",
        error(HEAD + "  DeviceFetch c=<<1>>\n"));
    assertEquals(
        "t.scenario:5: '1Fetch' is no action name (a step is 'Action name=value ...')",
        error(HEAD + "  1Fetch c=1\n"));
  }

  @Test
  void aMalformedExpectationNamesFileAndLine() {
    assertEquals(
        "t.scenario:6: 'Safe-ty' is no name of a definition of the spec",
        error(HEAD + "  DeviceFetch c=1\n  expect holds Safe-ty\n"));
    assertTrue(
        error(HEAD + "  DeviceFetch c=1\n  expect whatever\n")
            .startsWith("t.scenario:6: expected 'expect PATH = VALUE'"));
    assertEquals(
        "t.scenario:6: 'ack[1' is no path (variable, then [key] or .field)",
        error(HEAD + "  DeviceFetch c=1\n  expect ack[1 = 1\n"));
  }

  @Test
  void aMissingHeaderNamesFileAndLine() {
    assertEquals(
        "t.scenario:4: no 'model:' line",
        error("description:\n  x\nsteps:\n  DriverCollect\n".stripTrailing()));
    assertEquals(
        "t.scenario:1: expected 'model:', 'description:' (then indented lines) or 'steps:', found 'DriverCollect'",
        error("DriverCollect\n"));
    assertEquals("t.scenario:5: no steps", error(HEAD));
  }

  @Test
  void aScenarioThatMeetsItsExpectationsPasses() {
    ScenarioResult r =
        run(
            "  DriverSubmitAdmin c=1 t=2 op=setMac arg=1\n  expect holds FailOnGone\n  expect req[1].target = 2\n");
    assertTrue(r.passed(), r.text());
    assertTrue(
        r.text().startsWith("PASS t (scenario_none_none_numVfsShrink: none / none / in order"),
        r.text());
    assertEquals(List.of("DriverSubmitAdmin(c = 1, t = 2, op = \"setMac\", arg = 1)"), r.taken());
  }

  @Test
  void aWrongValueExpectationFailsWithTheModelsValue() {
    ScenarioResult r = run("  DriverSriovDisable\n  expect vfEnable = TRUE\n");
    assertFalse(r.passed());
    assertTrue(
        r.text().contains("t.scenario:6: expect vfEnable = TRUE: the model has vfEnable = FALSE"),
        r.text());
  }

  @Test
  void aWrongPropertyExpectationFailsWithTlcsValueNamingFileAndLine() {
    String gone =
        "  DriverSubmitAdmin c=1 t=2 op=setMac arg=1\n  DeviceFetch c=1\n  DriverSriovDisable\n  DeviceProcess c=1\n";
    ScenarioResult right =
        run(gone + "  expect violated FailOnGone\n  expect holds NoStaleEffect\n");
    assertTrue(right.passed(), right.text());
    ScenarioResult wrong = run(gone + "  expect holds FailOnGone\n");
    assertFalse(wrong.passed());
    assertTrue(
        wrong
            .text()
            .contains(
                "t.scenario:9: expect holds FailOnGone: TLC evaluates FailOnGone to FALSE in the model's state here"),
        wrong.text());
  }

  @Test
  void anyStatePredicateOfTheSpecCanBeExpectedAndOnlyAStatePredicate() {
    ScenarioResult spec =
        run("  DriverSriovDisable\n  expect holds ExactlyOnceCompletion\n  expect holds TypeOK\n");
    assertTrue(spec.passed(), spec.text());
    ScenarioResult temporal = run("  DriverSriovDisable\n  expect holds Spec\n");
    assertTrue(
        temporal
            .text()
            .contains(
                "t.scenario:6: expect holds Spec: TLC cannot evaluate it: Spec is an action or temporal formula: not a state predicate"),
        temporal.text());
    ScenarioResult unknown = run("  DriverSriovDisable\n  expect violated Safety\n");
    assertTrue(
        unknown
            .text()
            .contains(
                "t.scenario:6: expect violated Safety: TLC cannot evaluate it: no definition named Safety"),
        unknown.text());
  }

  @Test
  void aStepTheModelCannotTakeIsReportedWithWhatItCanTake() {
    ScenarioResult r = run("  DriverCollect\n");
    assertFalse(r.passed());
    assertTrue(
        r.text()
            .contains(
                "t.scenario:5: 'DriverCollect' is impossible in the model here; it can take: "),
        r.text());
    ScenarioResult claimed = run("  impossible DriverSriovDisable\n");
    assertTrue(
        claimed
            .text()
            .contains(
                "t.scenario:5: 'impossible DriverSriovDisable' asserts the step is impossible, but the model can take it here"),
        claimed.text());
  }

  @Test
  void anActionParameterOrVariableTheModelDoesNotHaveNamesFileAndLine() {
    assertTrue(
        run("  DeviceExplode c=1\n")
            .text()
            .contains(
                "t.scenario:5: no step of the model is an action named 'DeviceExplode' (its actions: "),
        "unknown action");
    assertTrue(
        run("  DriverSubmitAdmin c=1 t=2 op=setMac\n")
            .text()
            .contains(
                "t.scenario:5: DriverSubmitAdmin takes parameters c, t, op, arg, the step gives c, t, op"),
        "missing parameter");
    assertTrue(
        run("  DriverSriovDisable x=1\n")
            .text()
            .contains("t.scenario:5: DriverSriovDisable takes no parameters, the step gives x"),
        "extra parameter");
    assertTrue(
        run("  DriverSriovDisable\n  expect cmd[1].status = \"OK\"\n")
            .text()
            .contains("t.scenario:6: expect cmd[1].status = \"OK\": the model has no variable cmd"),
        "unknown variable");
  }

  @Test
  void aModelTheManifestDoesNotHaveNamesTheModelLine() {
    ScenarioResult r =
        runner()
            .run(
                ScenarioParser.parse(
                    "t",
                    "t.scenario",
                    "model: seed_none_none_vf_recreated_before_process\ndescription:\n  x\nsteps:\n  DriverCollect\n"));
    assertTrue(
        r.text()
            .contains(
                "t.scenario:1: no model named 'seed_none_none_vf_recreated_before_process' in "),
        r.text());
  }

  @Test
  void theCliRunsTheScenariosOfADirectoryAndFailsNamingFileAndLine(@TempDir Path dir)
      throws IOException {
    Files.writeString(
        dir.resolve("a-passes.scenario"),
        HEAD + "  DriverSriovDisable\n  expect vfEnable = FALSE\n");
    CliRun pass = CliRun.of("scenarios", dir.toString(), "--manifest", MANIFEST.toString());
    assertEquals(0, pass.exit(), pass.out() + pass.err());
    assertTrue(pass.out().contains("PASS a-passes (scenario_none_none_numVfsShrink: "), pass.out());
    assertTrue(pass.out().contains("1/1 scenarios pass"), pass.out());
    Files.writeString(
        dir.resolve("b-fails.scenario"),
        HEAD + "  DriverSriovDisable\n  expect holds TrustGate\n  expect vfEnable = TRUE\n");
    Files.writeString(dir.resolve("c-unreadable.scenario"), "model: x\n");
    CliRun fail = CliRun.of("scenarios", dir.toString(), "--manifest", MANIFEST.toString());
    assertEquals(
        2, fail.exit(), "a file that is no scenario is a bad input: " + fail.out() + fail.err());
    assertEquals(
        "admincvq: " + dir.resolve("c-unreadable.scenario") + ":2: no description\n", fail.err());
    assertTrue(fail.out().contains("FAIL b-fails"), fail.out());
    assertTrue(
        fail.out()
            .contains(
                dir.resolve("b-fails.scenario")
                    + ":7: expect vfEnable = TRUE: the model has vfEnable = FALSE"),
        fail.out());
    assertTrue(
        fail.out()
            .contains(
                "FAIL c-unreadable\n  "
                    + dir.resolve("c-unreadable.scenario")
                    + ":2: no description"),
        fail.out());
    assertTrue(fail.out().contains("1/3 scenarios pass"), fail.out());
  }
}
