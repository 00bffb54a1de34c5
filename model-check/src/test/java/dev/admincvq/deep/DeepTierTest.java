package dev.admincvq.deep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.admincvq.matrix.Manifest;
import dev.admincvq.matrix.ModelEntry;
import dev.admincvq.model.CheckResult;
import dev.admincvq.simulate.DerivedConfig;
import dev.admincvq.tlc.TlcChecker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The deep tier's reduction changes no verdict: every design of the matrix that violates an
 * invariant, checked at its own (quick) bounds with the MAC values as model values under {@code
 * SYMMETRY MacPerms}, gives the violation the manifest records, in no more distinct states. Only
 * those designs can tell: under a symmetry TLC explores only reachable states and evaluates the
 * invariants in each, so a symmetry can hide a violation but never invent one, and a design that
 * holds every invariant holds them under the symmetry too.
 */
class DeepTierTest {
  static final Path ROOT = Path.of(System.getProperty("admincvq.root", ".."));
  static final Path MANIFEST = ROOT.resolve("spec-tla/models/manifest.json");

  @TestFactory
  Stream<DynamicTest> theMacSymmetryHidesNoViolationOfTheMatrixAtTheQuickBounds() throws Exception {
    Manifest manifest = Manifest.read(MANIFEST);
    List<ModelEntry> violating =
        manifest.models().stream().filter(d -> d.inMatrix() && d.violated().isPresent()).toList();
    assertEquals(54, violating.size(), "the matrix's designs that violate an invariant");
    // one worker each, as many designs at once as this machine has cores
    List<DeepRow> rows =
        new DeepRunner(TlcChecker.create(), 1, Runtime.getRuntime().availableProcessors())
            .run(new Manifest(manifest.file(), violating), DeepTier.symmetryOnly(), r -> {});
    assertEquals(
        violating,
        rows.stream().map(DeepRow::design).toList(),
        "every violating design is checked under the symmetry, rows in manifest order although"
            + " the largest start first");
    List<DynamicTest> tests = new ArrayList<>();
    for (DeepRow row : rows) {
      ModelEntry design = row.design();
      tests.add(
          dynamicTest(
              design.name()
                  + " violates "
                  + design.violated().orElse("")
                  + " under the MAC symmetry too",
              () -> {
                CheckResult r = row.result();
                assertEquals(design.expected(), r.verdict(), design.name() + ": " + r.problem());
                assertEquals(design.violated(), r.violated(), design.name());
                assertTrue(
                    r.distinctStates() <= design.distinctStates(),
                    design.name()
                        + ": "
                        + r.distinctStates()
                        + " distinct states with the symmetry, "
                        + design.distinctStates()
                        + " without");
              }));
    }
    return tests.stream();
  }

  @Test
  void theDeepTierBindsTwoVfsThreeSubmissionsModelValueMacsAndTheSymmetryAndChecksNoProperty()
      throws Exception {
    ModelEntry design =
        Manifest.read(MANIFEST).models().stream()
            .filter(m -> m.name().equals("drops_barrier_wireGen"))
            .findFirst()
            .orElseThrow();
    DeepTier tier = DeepTier.twoVfsThreeSubmissions();
    try (DerivedConfig cfg =
        DerivedConfig.of(design.config(), tier.overrides(), true, tier.symmetry())) {
      String text = Files.readString(cfg.path(), StandardCharsets.UTF_8);
      assertTrue(text.contains("MaxVFs <- TwoVFs"), text);
      assertTrue(text.contains("CmdId <- ThreeCmds"), text);
      assertTrue(text.contains("MaxInc = 2"), text);
      assertTrue(text.contains("Mac = {m1, m2}"), text);
      assertTrue(text.contains("SYMMETRY MacPerms"), text);
      assertTrue(!text.contains("PROPERT"), text);
      assertTrue(text.contains("INVARIANTS NoStaleEffect"), text);
      assertEquals(List.of("AckFinalProp", "EveryCommandCompletes"), cfg.dropped());
    }
    assertEquals(Map.of("MaxVFs", 2, "CmdId", 3, "MaxInc", 2), tier.boundsOf(design));
  }
}
