package dev.admincvq.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.model.CheckResult;
import dev.admincvq.model.Problem;
import dev.admincvq.model.Step;
import dev.admincvq.model.TlaValue;
import dev.admincvq.model.Trace;
import dev.admincvq.model.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner on small specs written for it, one per kind of outcome. */
class TlcCheckerTest {
  private final TlcChecker tlc = TlcChecker.create();

  @Test
  void passingSpecReportsSuccessWithTlcsCounts() {
    CheckResult r = tlc.check(TestSpecs.request("Counter"));
    assertEquals(Verdict.SUCCESS, r.verdict());
    assertEquals(6, r.distinctStates());
    assertEquals(7, r.totalStates());
    assertEquals(6, r.stateDepth());
    assertEquals(0, r.exitCode());
    assertTrue(r.trace().isEmpty());
  }

  @Test
  void invariantViolationNamesTheInvariantAndGivesTheShortestTrace() {
    CheckResult r = tlc.check(TestSpecs.request("TwoCounters"));
    assertEquals(Verdict.SAFETY_FAILURE, r.verdict());
    assertEquals("Small", r.violated().orElseThrow());
    assertEquals(12, r.exitCode());
    Trace trace = r.trace().orElseThrow();
    assertEquals(
        List.of("Init", "IncY", "IncY", "IncY"), trace.steps().stream().map(Step::action).toList());
    assertEquals(TlaValue.Int.of(3), trace.steps().get(3).state().get("y").orElseThrow());
  }

  @Test
  void traceStatesAreTypedAndActionsCarryTheirParameters() {
    CheckResult r = tlc.check(TestSpecs.request("TwoCounters"));
    TlaValue z = r.trace().orElseThrow().steps().get(0).state().get("z").orElseThrow();
    assertEquals("[a |-> 0, b |-> 0]", z.toString());
    assertTrue(z instanceof TlaValue.Rec);
  }

  @Test
  void deadlockIsReportedWithTheTraceIntoIt() {
    CheckResult r = tlc.check(TestSpecs.request("Stuck"));
    assertEquals(Verdict.DEADLOCK, r.verdict());
    assertEquals(11, r.exitCode());
    assertEquals(3, r.trace().orElseThrow().length());
  }

  @Test
  void livenessViolationNamesThePropertyAndEndsInALasso() {
    CheckResult r = tlc.check(TestSpecs.request("Lazy"));
    assertEquals(Verdict.LIVENESS_FAILURE, r.verdict());
    assertEquals("Reaches", r.violated().orElseThrow());
    assertEquals(13, r.exitCode());
    Trace trace = r.trace().orElseThrow();
    assertTrue(trace.stutters() || trace.loopsBackTo().isPresent(), "a lasso: " + trace);
  }

  @Test
  void parseErrorNamesFileLineAndColumn() {
    CheckResult r = tlc.check(TestSpecs.request("Broken"));
    assertEquals(Verdict.ERROR, r.verdict());
    assertEquals(150, r.exitCode());
    Problem p = r.problem().orElseThrow();
    assertTrue(p.file().endsWith("Broken.tla"), p.toString());
    assertEquals(5, p.line());
    assertTrue(p.message().startsWith("parse error"), p.toString());
  }

  @Test
  void semanticErrorNamesTheUnknownOperatorAndItsPosition() {
    Problem p = tlc.check(TestSpecs.request("Undefined")).problem().orElseThrow();
    assertTrue(p.file().endsWith("Undefined.tla"), p.toString());
    assertEquals(5, p.line());
    assertEquals(14, p.column());
    assertTrue(p.message().contains("Unknown operator"), p.toString());
  }

  @Test
  void configErrorNamesTheConfigFile() {
    Path spec = TestSpecs.spec("Counter");
    CheckResult r = tlc.check(CheckRequest.of(spec, spec.resolveSibling("BadConfig.cfg")));
    assertEquals(Verdict.ERROR, r.verdict());
    Problem p = r.problem().orElseThrow();
    assertTrue(p.file().endsWith("BadConfig.cfg"), p.toString());
    assertFalse(p.message().isBlank());
  }

  @Test
  void configElsewhereIsUsedEvenWhenOneOfTheSameNameLiesBesideTheSpec(@TempDir Path dir)
      throws Exception {
    Path cfg = dir.resolve("Counter.cfg");
    Files.writeString(cfg, "CONSTANT Max = 2\nSPECIFICATION Spec\nINVARIANT TypeOK\n");
    CheckResult r = tlc.check(CheckRequest.of(TestSpecs.spec("Counter"), cfg));
    assertEquals(Verdict.SUCCESS, r.verdict());
    assertEquals(
        3,
        r.distinctStates(),
        "Max = 2 from the given config, not Max = 5 from the one beside the spec");
  }

  @Test
  void missingSpecIsAProblemNotAnException() {
    Path spec = TestSpecs.spec("Counter").resolveSibling("Nope.tla");
    CheckResult r = tlc.check(CheckRequest.of(spec, CheckRequest.defaultConfig(spec)));
    assertEquals(Verdict.ERROR, r.verdict());
    assertEquals("no such file", r.problem().orElseThrow().message());
  }

  @Test
  void aMisspeltConfigKeywordNamesTheConfigFileAndLine(@TempDir Path dir) throws Exception {
    Path cfg = dir.resolve("Typo.cfg");
    Files.writeString(cfg, "CONSTANT Max = 2\nSPECIFICATION Spec\nINVARIANTT TypeOK\n");
    CheckResult r = tlc.check(CheckRequest.of(TestSpecs.spec("Counter"), cfg));
    assertEquals(Verdict.ERROR, r.verdict());
    Problem p = r.problem().orElseThrow();
    assertEquals(List.of(cfg.toString(), 3, 1), List.of(p.file(), p.line(), p.column()));
    assertTrue(p.message().startsWith("unknown keyword INVARIANTT (TLC 2.18 knows "), p.message());
    assertEquals(151, r.exitCode());
  }

  @Test
  void aConstantWithoutAValueNamesTheConfigFileAndLine(@TempDir Path dir) throws Exception {
    Path cfg = dir.resolve("NoValue.cfg");
    Files.writeString(cfg, "SPECIFICATION Spec\nCONSTANT Max\nINVARIANT TypeOK\n");
    Problem p = tlc.check(CheckRequest.of(TestSpecs.spec("Counter"), cfg)).problem().orElseThrow();
    assertEquals(cfg.toString(), p.file());
    assertEquals(3, p.line(), "TLC's line: where it met the token that is no = or <-: " + p);
    assertTrue(p.message().contains("expecting = or <-"), p.toString());
  }

  @Test
  void anUndefinedNextActionIsNamedInOneWholeSentence(@TempDir Path dir) throws Exception {
    Path cfg = dir.resolve("Nxt.cfg");
    Files.writeString(cfg, "CONSTANT Max = 2\nINIT Init\nNEXT Nxt\n");
    Problem p = tlc.check(CheckRequest.of(TestSpecs.spec("Counter"), cfg)).problem().orElseThrow();
    assertEquals(cfg.toString(), p.file());
    assertEquals(
        "The next state action Nxt specified in the configuration file is not defined in the specification.",
        p.message());
  }

  @Test
  void aModuleFoundNowhereIsNamedWithTheLineThatExtendsIt(@TempDir Path dir) throws Exception {
    Path spec = dir.resolve("Lost.tla");
    Files.writeString(
        spec,
        "---- MODULE Lost ----\nEXTENDS Naturals, Nowhere\nVARIABLE x\nInit == x = 0\nNext == x' = x\n====\n");
    Files.writeString(dir.resolve("Lost.cfg"), "INIT Init\nNEXT Next\n");
    CheckResult r = tlc.check(CheckRequest.of(spec, dir.resolve("Lost.cfg")));
    assertEquals(150, r.exitCode());
    Problem p = r.problem().orElseThrow();
    assertEquals(spec.toString(), p.file());
    assertEquals(2, p.line());
    assertEquals(19, p.column());
    assertTrue(p.message().startsWith("cannot find module Nowhere"), p.toString());
  }

  @Test
  void aMissingSpecOrConfigExitsAsTlcDoesForEach() {
    Path spec = TestSpecs.spec("Counter");
    assertEquals(
        150,
        tlc.check(
                CheckRequest.of(
                    spec.resolveSibling("Nope.tla"), spec.resolveSibling("Counter.cfg")))
            .exitCode());
    assertEquals(151, tlc.check(CheckRequest.of(spec, spec.resolveSibling("Nope.cfg"))).exitCode());
  }

  @Test
  void specsExtendingTheProjectLibraryCheck() {
    assertEquals(Verdict.SUCCESS, tlc.check(TestSpecs.request("UsesTlaps")).verdict());
  }

  @Test
  void progressIsReported() {
    List<Integer> depths = new java.util.concurrent.CopyOnWriteArrayList<>();
    tlc.check(TestSpecs.request("Counter").withProgress(p -> depths.add(p.depth())));
    assertFalse(depths.isEmpty());
  }
}
