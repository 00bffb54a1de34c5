package dev.admincvq.deep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.admincvq.matrix.Manifest;
import dev.admincvq.matrix.ModelEntry;
import dev.admincvq.model.CheckResult;
import dev.admincvq.simulate.ConstantOverride;
import dev.admincvq.simulate.DerivedConfig;
import dev.admincvq.tlc.CheckRequest;
import dev.admincvq.tlc.TlcChecker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The deep tier's reductions change no verdict. Every design of the matrix that violates an
 * invariant, checked at its own (quick) bounds with the MAC values and the VF ids as model values
 * under {@code SYMMETRY MacAndVfPerms}, gives the violation the manifest records, in no more
 * distinct states. Only those designs can tell: under a symmetry TLC explores only reachable states
 * and evaluates the invariants in each, so a symmetry can hide a violation but never invent one,
 * and a design that holds every invariant holds them under the symmetry too. At the quick bounds
 * there is one VF, so its ids' binding ({@code MCEveryVf}) is checked at two VFs as well: there the
 * ids as model values, without a symmetry, give the very state graph of the integer ids.
 */
class DeepTierTest {
  static final Path ROOT = Path.of(System.getProperty("admincvq.root", ".."));
  static final Path MANIFEST = ROOT.resolve("spec-tla/models/manifest.json");

  @TestFactory
  Stream<DynamicTest> theSymmetriesHideNoViolationOfTheMatrixAtTheQuickBounds() throws Exception {
    Manifest manifest = Manifest.read(MANIFEST);
    List<ModelEntry> violating =
        manifest.models().stream().filter(d -> d.inMatrix() && d.violated().isPresent()).toList();
    assertEquals(105, violating.size(), "the matrix's designs that violate an invariant");
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
                  + " under the MAC and VF symmetries too",
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
  void theDeepTierBindsTwoVfsThreeSubmissionsModelValueMacsAndVfsAndTheSymmetryAndChecksNoProperty()
      throws Exception {
    ModelEntry design = model("drops_barrier_wireGen");
    DeepTier tier = DeepTier.twoVfsThreeSubmissions();
    try (DerivedConfig cfg = tier.configOf(design)) {
      String text = Files.readString(cfg.path(), StandardCharsets.UTF_8);
      assertTrue(text.contains("MaxVFs <- TwoVFs"), text);
      assertTrue(text.contains("CmdId <- ThreeCmds"), text);
      assertTrue(text.contains("MaxInc = 2"), text);
      assertTrue(text.contains("Mac = {m1, m2}"), text);
      assertTrue(text.contains("VF = {v1, v2}"), text);
      assertTrue(text.contains("Target = {0, v1, v2}"), text);
      assertTrue(text.contains("WithinNumVfs <- MCEveryVf"), text);
      assertTrue(text.contains("SYMMETRY MacAndVfPerms"), text);
      assertTrue(!text.contains("PROPERT"), text);
      assertTrue(text.contains("INVARIANTS NoStaleEffect"), text);
      assertEquals(List.of("AckFinalProp", "EveryCommandCompletes"), cfg.dropped());
    }
    assertEquals(Map.of("MaxVFs", 2, "CmdId", 3, "MaxInc", 2), tier.boundsOf(design));
  }

  @Test
  void aDesignWhoseNumVfsChangesKeepsItsVfIdsAsNumbersAndOnlyTheMacSymmetry() throws Exception {
    ModelEntry design = model("drops_virtio13_virtio13_numVfsChange");
    DeepTier tier = DeepTier.twoVfsThreeSubmissions();
    assertFalse(
        tier.permutesVfsOf(design), "NumVFsFixed = FALSE: shrinking NumVFs reads the order");
    try (DerivedConfig cfg = tier.configOf(design)) {
      String text = Files.readString(cfg.path(), StandardCharsets.UTF_8);
      assertTrue(text.contains("SYMMETRY MacPerms"), text);
      assertFalse(text.contains("VF ="), text);
      assertFalse(text.contains("WithinNumVfs"), text);
    }
    assertTrue(tier.permutesVfsOf(model("drops_barrier_wireGen")));
  }

  @TestFactory
  Stream<DynamicTest> atTwoVfsTheVfIdsAsModelValuesGiveTheStatesOfTheIntegerIds() {
    List<ConstantOverride> twoVfs =
        List.of(ConstantOverride.parse("MaxVFs<-TwoVFs"), ConstantOverride.parse("Mac={m1, m2}"));
    List<ConstantOverride> asModelValues =
        List.of(
            ConstantOverride.parse("VF={v1, v2}"),
            ConstantOverride.parse("Target={0, v1, v2}"),
            ConstantOverride.parse("WithinNumVfs<-MCEveryVf"));
    return Stream.of("keeps_rtnl_inFlight", "drops_barrier_wireGen", "keeps_none_availFence")
        .map(
            name ->
                dynamicTest(
                    name
                        + " at two VFs: the same states with the VF ids as model values, and"
                        + " the same verdict in no more states under the deep tier's symmetry",
                    () -> {
                      ModelEntry design = model(name);
                      CheckResult numbers = check(design, twoVfs, List.of(), Optional.empty());
                      CheckResult values = check(design, twoVfs, asModelValues, Optional.empty());
                      CheckResult permuted =
                          check(design, twoVfs, asModelValues, Optional.of("MacAndVfPerms"));
                      assertEquals(design.expected(), numbers.verdict(), name + ": " + numbers);
                      assertEquals(numbers.verdict(), values.verdict(), name);
                      assertEquals(numbers.violated(), values.violated(), name);
                      if (design.violated().isEmpty()) {
                        // a complete search: the same state graph, state for state
                        assertEquals(numbers.distinctStates(), values.distinctStates(), name);
                        assertEquals(numbers.totalStates(), values.totalStates(), name);
                      } else {
                        // TLC stops at the first violation, and how many states it has found by
                        // then depends on the order it meets them in (model values sort apart
                        // from numbers); breadth first, the shortest counterexample has one length
                        assertEquals(traceLength(numbers), traceLength(values), name);
                      }
                      assertEquals(numbers.verdict(), permuted.verdict(), name);
                      assertEquals(numbers.violated(), permuted.violated(), name);
                      assertTrue(
                          permuted.distinctStates() <= values.distinctStates(),
                          name + ": " + permuted.distinctStates() + " under the symmetry");
                    }));
  }

  private static CheckResult check(
      ModelEntry design,
      List<ConstantOverride> overrides,
      List<ConstantOverride> additions,
      Optional<String> symmetry) {
    try (DerivedConfig cfg =
        DerivedConfig.of(design.config(), overrides, additions, true, symmetry)) {
      return TlcChecker.create()
          .check(new CheckRequest(design.spec(), cfg.path(), 1, design.libraryPaths(), p -> {}));
    }
  }

  private static int traceLength(CheckResult r) {
    return r.trace().map(t -> t.steps().size()).orElse(0);
  }

  private static ModelEntry model(String name) throws Exception {
    return Manifest.read(MANIFEST).models().stream()
        .filter(m -> m.name().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
