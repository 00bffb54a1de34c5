package dev.admincvq.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.admincvq.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The named scenarios of spec-tla/scenarios, replayed on their models and the implementation. */
class ScenarioTest {
  static final Path ROOT = Path.of(System.getProperty("admincvq.root", ".."));
  static final Path DIR = ROOT.resolve("spec-tla/scenarios");

  /** One runner for the class: each model is explored once. */
  private static final class Runner {
    static final ScenarioRunner INSTANCE =
        new ScenarioRunner(ROOT.resolve("spec-tla/MCAdminCvq.tla"), ROOT.resolve("spec-tla/models"));
  }

  /** One dynamic test per scenario file, named by the file. */
  @TestFactory
  Stream<DynamicTest> everyScenarioReplaysOnTheModelAndTheImplementation() {
    List<Path> files = ScenarioRunner.files(DIR);
    assertTrue(files.size() >= 6, "at least six scenarios: " + files);
    return files.stream()
        .map(
            f ->
                DynamicTest.dynamicTest(
                    String.valueOf(f.getFileName()),
                    () -> {
                      ScenarioResult r = Runner.INSTANCE.run(f);
                      if (!r.passed()) {
                        fail(r.text());
                      }
                    }));
  }

  @Test
  void theNamedScenariosExist() {
    List<String> names = ScenarioRunner.files(DIR).stream().map(p -> String.valueOf(p.getFileName())).toList();
    for (String n :
        List.of(
            "vf-recreated-before-process.scenario",
            "vf-recreated-before-process-safe.scenario",
            "needs-reset-during-process.scenario",
            "barrier-then-late-failure.scenario",
            "trust-granted-to-old-incarnation.scenario",
            "out-of-order-completion.scenario")) {
      assertTrue(names.contains(n), n + " in " + names);
    }
  }

  private static final String HEAD = "model: MC_barrier_incarnation_inorder\ndescription:\n  A test.\nsteps:\n";

  private static String error(String text) {
    return String.valueOf(assertThrows(ScenarioException.class, () -> ScenarioParser.parse("t", "t.scenario", text)).getMessage());
  }

  @Test
  void parsesStepsAndExpectations() {
    Scenario s =
        ScenarioParser.parse(
            "t",
            "t.scenario",
            HEAD
                + "  # a comment\n  DriverSubmitAdmin arg=1 op=setMac t=1 c=1\n  impossible SriovEnable\n"
                + "  expect cmd[1].status = \"queued\"\n  expect adminQ # <<>>\n  expect holds NoStaleEffect\n");
    assertEquals("MC_barrier_incarnation_inorder", s.model());
    assertEquals("A test.", s.description());
    assertEquals(2, s.steps());
    assertEquals(3, s.expectations());
    assertEquals("DriverSubmitAdmin c=1 t=1 op=\"setMac\" arg=1", s.lines().get(0).toString());
    assertEquals(6, s.lines().get(0).number());
    assertTrue(((Scenario.Step) s.lines().get(1)).impossible());
    assertFalse(((Scenario.ValueFact) s.lines().get(3)).equal());
  }

  @Test
  void anUnknownActionNamesFileAndLine() {
    assertEquals(
        "t.scenario:5: unknown action 'DeviceExplode' (known: DeviceFetch, DeviceProcess, DeviceProcessVf, "
            + "DriverCollect, DriverResetVf, DriverSubmitAdmin, DriverSubmitVf, SriovDisable, SriovEnable, VfNeedsReset)",
        error(HEAD + "  DeviceExplode c=1\n"));
  }

  @Test
  void aMissingOrUnknownParameterIsAnError() {
    assertEquals(
        "t.scenario:5: DriverSubmitAdmin needs parameter 'arg' (it has c, t, op, arg)",
        error(HEAD + "  DriverSubmitAdmin c=1 t=1 op=setMac\n"));
    assertEquals(
        "t.scenario:5: DeviceFetch has no parameter 'x' (it has c)", error(HEAD + "  DeviceFetch x=1\n"));
    assertEquals("t.scenario:5: 'c:1' is no parameter (name=value)", error(HEAD + "  DeviceFetch c:1\n"));
    assertEquals("t.scenario:5: parameter 'c' given twice", error(HEAD + "  DeviceFetch c=1 c=2\n"));
  }

  @Test
  void badExpectationsAreErrors() {
    assertEquals("t.scenario:6: unknown variable 'cmds'", error(HEAD + "  DeviceFetch c=1\nexpect cmds[1] = 1\n"));
    assertTrue(error(HEAD + "  DeviceFetch c=1\nexpect holds Safety\n").startsWith("t.scenario:6: unknown property 'Safety'"));
    assertTrue(error(HEAD + "  DeviceFetch c=1\nexpect whatever\n").startsWith("t.scenario:6: expected 'expect PATH = VALUE'"));
  }

  @Test
  void aMissingHeaderIsAnError() {
    assertEquals("t.scenario:4: no 'model:' line", error("description:\n  x\nsteps:\n  SriovDisable\n".stripTrailing()));
    assertEquals("t.scenario:1: expected 'model:', 'description:' (then indented lines) or 'steps:', found 'SriovDisable'", error("SriovDisable\n"));
    assertEquals("t.scenario:5: no steps", error(HEAD));
  }

  @Test
  void anImpossibleStepIsReportedAsSuch() {
    Scenario s = ScenarioParser.parse("t", "t.scenario", HEAD + "  SriovEnable\n");
    ScenarioResult r = Runner.INSTANCE.run(s);
    assertFalse(r.passed());
    assertTrue(
        r.text().contains("t.scenario:5: 'SriovEnable' is impossible in the model here; it can take: "), r.text());
  }

  @Test
  void aWrongExpectationFailsWithTheModelsValue() {
    Scenario s = ScenarioParser.parse("t", "t.scenario", HEAD + "  SriovDisable\n  expect vfEnable = TRUE\n");
    ScenarioResult r = Runner.INSTANCE.run(s);
    assertTrue(r.text().contains("t.scenario:6: expect vfEnable = TRUE: the model has vfEnable = FALSE"), r.text());
  }

  @Test
  void theCliPrintsEveryScenario() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.execute(new String[] {"conform", "--scenarios", DIR.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
    assertEquals(0, exit, out + "\n" + err);
    assertTrue(out.toString().contains("PASS vf-recreated-before-process (seed_none_none_vf_recreated_before_process: none / none / in order"), out.toString());
    assertTrue(out.toString().contains(ScenarioRunner.files(DIR).size() + "/" + ScenarioRunner.files(DIR).size() + " scenarios pass"), out.toString());
  }
}
