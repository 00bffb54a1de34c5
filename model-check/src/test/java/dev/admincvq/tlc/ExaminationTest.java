package dev.admincvq.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.graph.StateGraph;
import dev.admincvq.matrix.ModelConfig;
import dev.admincvq.model.CheckResult;
import dev.admincvq.model.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One examination gives what TLC gives checking each invariant on its own. */
class ExaminationTest {
  static final Path ROOT = Path.of(System.getProperty("admincvq.root", ".."));
  static final Path SPEC = ROOT.resolve("spec-tla/MCAdminCvqActors.tla");
  static final Path MODELS = ROOT.resolve("spec-tla/models/actors");

  @Test
  void invariantVerdictsOverTheGraphAreTlcsCheckingEachInvariantAlone(@TempDir Path dir)
      throws IOException {
    // The design that checks nothing: four of its eight invariants fail, at different depths.
    ModelConfig model = ModelConfig.parse(Files.readString(MODELS.resolve("drops_none_none.cfg")));
    Path behaviours = write(dir, "behaviours.cfg", model.withoutChecks());
    Examination ex =
        GraphExplorer.create().examine(SPEC, behaviours, 1_000_000, model.invariants());
    StateGraph graph = ex.graph().orElseThrow();
    CheckResult everyState =
        TlcChecker.create().check(new CheckRequest(SPEC, behaviours, 1, List.of(), p -> {}));
    assertEquals(
        everyState.distinctStates(),
        graph.states().size(),
        "every reachable state (TLC's count for this model)");
    assertEquals(Verdict.SUCCESS, ex.check().verdict(), "the configuration as run checks nothing");
    assertTrue(ex.graphFromSearch(), "TLC's search ran to its end: its graph is the one recorded");
    StateGraph explored = GraphExplorer.create().explore(SPEC, behaviours, 1_000_000);
    assertEquals(java.util.Set.copyOf(explored.states()), java.util.Set.copyOf(graph.states()));
    assertEquals(explored.initial().size(), graph.initial().size());
    assertEquals(
        edgesOf(explored), edgesOf(graph), "the edges an exploration after the search finds");
    assertEquals(
        model.invariants(),
        ex.invariants().stream().map(Examination.InvariantResult::name).toList());
    TlcChecker tlc = TlcChecker.create();
    int violated = 0;
    for (Examination.InvariantResult r : ex.invariants()) {
      Path alone =
          write(dir, r.name() + ".cfg", model.withoutChecks() + "INVARIANT " + r.name() + "\n");
      CheckResult byTlc = tlc.check(new CheckRequest(SPEC, alone, 1, List.of(), p -> {}));
      assertTrue(r.error().isEmpty(), r.name() + ": " + r.error());
      if (byTlc.verdict() == Verdict.SUCCESS) {
        assertTrue(r.firstViolation().isEmpty(), r.name() + " holds for TLC, not over the graph");
      } else {
        violated++;
        assertEquals(Verdict.SAFETY_FAILURE, byTlc.verdict(), r.name());
        assertTrue(r.firstViolation().isPresent(), r.name() + " fails for TLC, not over the graph");
        assertEquals(
            byTlc.trace().orElseThrow().steps().size(),
            graph.traceTo(r.firstViolation().getAsInt()).steps().size(),
            r.name() + ": a shortest counterexample, as long as TLC's breadth-first one");
      }
    }
    assertEquals(4, violated, "NoStaleEffect, FailOnGone, TrustGate, DriverDeviceAgreement");
  }

  @Test
  void anInvariantTheSpecDoesNotDefineIsReportedNotThrown(@TempDir Path dir) throws IOException {
    Path cfg =
        write(
            dir,
            "m.cfg",
            ModelConfig.parse(Files.readString(MODELS.resolve("seed_none_none.cfg")))
                .withoutChecks());
    Examination ex =
        GraphExplorer.create().examine(SPEC, cfg, 1_000_000, List.of("NoSuchInvariant"));
    assertEquals(
        "no definition named NoSuchInvariant", ex.invariants().get(0).error().orElseThrow());
    assertTrue(ex.invariants().get(0).firstViolation().isEmpty());
  }

  @Test
  void aSpecTlcCannotParseGivesNoGraphAndTheLocatedProblem(@TempDir Path dir) throws IOException {
    Path broken = dir.resolve("Broken.tla");
    Files.writeString(
        broken, "---- MODULE Broken ----\nVARIABLE x\nInit == x = \nNext == x' = x\n====\n");
    Path cfg = write(dir, "Broken.cfg", "INIT Init\nNEXT Next\n");
    Examination ex = GraphExplorer.create().examine(broken, cfg, 10, List.of());
    assertTrue(ex.graph().isEmpty());
    assertEquals(Verdict.ERROR, ex.check().verdict());
    assertTrue(ex.check().problem().orElseThrow().line() > 0, String.valueOf(ex.check().problem()));
  }

  private static java.util.Set<List<Object>> edgesOf(StateGraph g) {
    java.util.Set<List<Object>> out = new java.util.HashSet<>();
    for (dev.admincvq.graph.Edge e : g.edges()) {
      out.add(
          List.of(g.states().get(e.from()), g.states().get(e.to()), e.action(), e.parameters()));
    }
    return out;
  }

  private static Path write(Path dir, String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    return f;
  }

  @Test
  void livenessUnderWeakFairnessGetsTlcsOwnVerdictWhenTheGraphIsRecorded() {
    // The examination evaluates ENABLED once per state in TLC's checks on transitions
    // (OncePerState):
    // the verdicts must be those of TLC checking alone, when the property holds and when it fails.
    TlcChecker tlc = TlcChecker.create();
    for (String model : List.of("FairCount", "FairToggle")) {
      Path spec = TestSpecs.spec("Fair");
      Path cfg = spec.resolveSibling(model + ".cfg");
      Examination ex = GraphExplorer.create().examine(spec, cfg, 1_000, List.of());
      CheckResult alone = tlc.check(new CheckRequest(spec, cfg, 1, List.of(), p -> {}));
      assertEquals(alone.verdict(), ex.check().verdict(), model);
      assertEquals(alone.distinctStates(), ex.check().distinctStates(), model);
      // The lasso TLC prints for a liveness failure depends on its random fingerprint seed
      // (separate
      // `java tlc2.TLC` runs print lassos of different lengths), so only its presence is compared.
      assertEquals(alone.trace().isPresent(), ex.check().trace().isPresent(), model);
    }
    Path spec = TestSpecs.spec("Fair");
    assertEquals(
        Verdict.SUCCESS,
        GraphExplorer.create()
            .examine(spec, spec.resolveSibling("FairCount.cfg"), 1_000, List.of())
            .check()
            .verdict());
    assertEquals(
        Verdict.LIVENESS_FAILURE,
        GraphExplorer.create()
            .examine(spec, spec.resolveSibling("FairToggle.cfg"), 1_000, List.of())
            .check()
            .verdict());
  }
}
