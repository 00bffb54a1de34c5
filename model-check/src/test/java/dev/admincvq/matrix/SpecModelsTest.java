package dev.admincvq.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.admincvq.model.Verdict;
import dev.admincvq.tlc.TlcChecker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every model of {@code spec-tla/models} gives exactly the outcome its manifest records (verdict,
 * violated property, state counts, depth, trace length), and every model states that expectation in
 * its own configuration. {@code manifest.json} holds the models of {@code AdminCvqActors} (the
 * answer, {@code ./admincvq matrix}); {@code conform.json} the models only conformance replays
 * (model-check's {@code ConformanceTest}).
 */
class SpecModelsTest {
  static final Path ROOT = Path.of(System.getProperty("admincvq.root", ".."));
  static final Path MANIFEST = ROOT.resolve("spec-tla/models/manifest.json");
  static final Path CONFORM = ROOT.resolve("spec-tla/models/conform.json");

  /**
   * Models too large for a test, run by hand ({@code matrix --manifest}): only their configurations
   * are checked here.
   */
  static final Path DEEP = ROOT.resolve("spec-tla/models/deep.json");

  static Manifest manifest() throws Manifest.ManifestException {
    return Manifest.read(MANIFEST);
  }

  /** The names of the grids' designs (NEEDS_RESET destroyed): VF reset, driver, device. */
  private static final String GRID_DESIGN = "(drops|keeps)_[a-zA-Z0-9]+_[a-zA-Z0-9]+";

  private static Map<String, ModelEntry> byName() throws Manifest.ManifestException {
    Map<String, ModelEntry> out = new HashMap<>();
    manifest().models().forEach(m -> out.put(m.name(), m));
    return out;
  }

  private static List<Manifest> checked() throws Manifest.ManifestException {
    return List.of(manifest(), Manifest.read(CONFORM));
  }

  /**
   * Checks every model first, as many at once as this machine has cores (counts do not depend on
   * it: one TLC worker each), then gives each model its test.
   */
  @TestFactory
  Stream<DynamicTest> everyModelGivesItsRecordedOutcome() throws Exception {
    MatrixRunner runner =
        new MatrixRunner(TlcChecker.create(), Runtime.getRuntime().availableProcessors());
    List<DynamicTest> tests = new ArrayList<>();
    for (Manifest manifest : checked()) {
      List<MatrixRow> rows = runner.run(manifest, r -> {}, m -> p -> {});
      for (MatrixRow row : rows) {
        ModelEntry model = row.model();
        tests.add(
            dynamicTest(
                model.name()
                    + " is "
                    + model.expected()
                    + model.violated().map(v -> " of " + v).orElse(""),
                () -> assertTrue(row.asExpected(), model.name() + ": " + row.mismatches())));
      }
    }
    return tests.stream();
  }

  @Test
  void everyConfigStatesTheExpectationTheManifestRecords() throws Exception {
    List<Manifest> withDeep = new ArrayList<>(checked());
    withDeep.add(Manifest.read(DEEP));
    for (Manifest manifest : withDeep) {
      for (ModelEntry model : manifest.models()) {
        String first = Files.readAllLines(model.config()).get(0);
        String expected =
            "\\* Expected: "
                + model.expected().label()
                + model.violated().map(v -> " [" + v + "]").orElse("");
        assertTrue(
            first.startsWith(expected),
            model.config() + " starts with \"" + first + "\", not \"" + expected + "\"");
      }
    }
  }

  @Test
  void everyConfigOfTheModelsDirectoryIsInAManifest() throws Exception {
    Set<Path> listed = new HashSet<>();
    for (Manifest manifest : checked()) {
      manifest.models().forEach(m -> listed.add(m.config().normalize()));
    }
    Manifest bench = Manifest.read(ROOT.resolve("spec-tla/models/bench.json"));
    bench.models().forEach(m -> listed.add(m.config().normalize()));
    Manifest.read(DEEP).models().forEach(m -> listed.add(m.config().normalize()));
    try (Stream<Path> cfgs = Files.walk(ROOT.resolve("spec-tla/models"))) {
      for (Path cfg : cfgs.filter(p -> p.toString().endsWith(".cfg")).toList()) {
        assertTrue(
            listed.contains(cfg.normalize()),
            cfg + " has no manifest entry, so no expected outcome");
      }
    }
  }

  @Test
  void everyModelRecordsItsBoundsAndEveryDesignModelItsRuleSets() throws Exception {
    for (ModelEntry m : manifest().models()) {
      assertTrue(
          m.bounds().keySet().containsAll(List.of("MaxVFs", "CmdId", "MaxInc")),
          m.name() + ": " + m.bounds());
      assertTrue(
          m.options().keySet().containsAll(List.of("DriverSync", "DeviceCheck")),
          m.name() + ": " + m.options());
    }
  }

  @Test
  void theThreadsScenarioIsAStaleEffectAndSomeDesignSatisfiesEverythingUnderEitherVfResetReading()
      throws Exception {
    List<ModelEntry> models = manifest().models();
    ModelEntry seed =
        models.stream()
            .filter(m -> m.name().equals("seed_none_none_staleEffect"))
            .findFirst()
            .orElseThrow();
    assertEquals(Verdict.SAFETY_FAILURE, seed.expected());
    assertEquals("NoStaleEffect", seed.violated().orElseThrow());
    assertTrue(seed.traceLength().orElseThrow() <= 6, "a short trace");
    for (String reading : List.of("drops config", "keeps config")) {
      assertTrue(
          models.stream()
              .anyMatch(
                  m ->
                      m.inMatrix()
                          && reading.equals(m.options().get("VF reset"))
                          && m.expected() == Verdict.SUCCESS),
          "some design satisfies every property when a VF reset " + reading);
    }
    for (String reading : List.of("drops config", "keeps config")) {
      long grid =
          models.stream()
              .filter(m -> m.name().matches(GRID_DESIGN))
              .filter(m -> reading.equals(m.options().get("VF reset")))
              .count();
      assertEquals(35, grid, "7 driver rule sets x 5 device rule sets when a VF reset " + reading);
    }
  }

  /**
   * The README's grids give every design under both readings of the two open points that change
   * verdicts: whether a VF reset keeps the configuration, and whether a VF in DEVICE_NEEDS_RESET
   * counts as destroyed ({@code *_needsResetLive}: the same design with {@code NeedsResetDestroys =
   * FALSE}).
   */
  @Test
  void everyDesignOfTheGridsIsCheckedUnderBothReadingsOfNeedsReset() throws Exception {
    List<ModelEntry> models = manifest().models();
    List<ModelEntry> grid =
        models.stream().filter(m -> m.inMatrix() && m.name().matches(GRID_DESIGN)).toList();
    assertEquals(70, grid.size());
    for (ModelEntry design : grid) {
      assertEquals("destroyed", design.options().get("NEEDS_RESET"), design.name());
      ModelEntry live =
          models.stream()
              .filter(m -> m.name().equals(design.name() + "_needsResetLive"))
              .findFirst()
              .orElseThrow(() -> new AssertionError(design.name() + " has no _needsResetLive"));
      assertTrue(live.inMatrix(), live.name());
      assertEquals(design.bounds(), live.bounds(), live.name());
      Map<String, String> options = new LinkedHashMap<>(design.options());
      options.put("NEEDS_RESET", "not destroyed");
      assertEquals(options, live.options(), live.name());
    }
  }

  /**
   * The README's changed answers (2026-11-28): when a VF reset keeps the configuration and a VF in
   * DEVICE_NEEDS_RESET does not count as destroyed, the thread's drain and RTNL drivers need no
   * device check (when NEEDS_RESET counts as destroyed, they fail FailOnGone without one), and
   * virtio 1.3's two rules satisfy every property for a driver that ignores old completions ({@code
   * virtio13Barrier}), where the plain {@code virtio13} driver fails DriverDeviceAgreement.
   */
  @Test
  void whenNeedsResetIsNoDestroyAndAResetKeepsConfigDriverRulesNeedLittleOfTheDevice()
      throws Exception {
    Map<String, ModelEntry> byName = byName();
    for (String driver : List.of("drain", "rtnl")) {
      ModelEntry live = byName.get("keeps_" + driver + "_none_needsResetLive");
      assertEquals(Verdict.SUCCESS, live.expected(), live.name());
      ModelEntry destroyed = byName.get("keeps_" + driver + "_none");
      assertEquals(Verdict.SAFETY_FAILURE, destroyed.expected(), destroyed.name());
      assertEquals("FailOnGone", destroyed.violated().orElseThrow(), destroyed.name());
    }
    ModelEntry careful = byName.get("keeps_virtio13Barrier_virtio13_needsResetLive");
    assertEquals(Verdict.SUCCESS, careful.expected(), careful.name());
    ModelEntry plain = byName.get("keeps_virtio13_virtio13_needsResetLive");
    assertEquals("DriverDeviceAgreement", plain.violated().orElseThrow(), plain.name());
  }

  /** The README: when a VF reset drops the configuration, NEEDS_RESET's reading changes no cell. */
  @Test
  void theDropsConfigGridsAreTheSameCellForCellUnderBothReadingsOfNeedsReset() throws Exception {
    Map<String, ModelEntry> byName = byName();
    List<ModelEntry> drops =
        byName.values().stream()
            .filter(m -> m.inMatrix() && m.name().matches(GRID_DESIGN))
            .filter(m -> "drops config".equals(m.options().get("VF reset")))
            .toList();
    assertEquals(35, drops.size(), "7 driver rule sets x 5 device rule sets");
    for (ModelEntry destroyed : drops) {
      ModelEntry live = byName.get(destroyed.name() + "_needsResetLive");
      assertEquals(destroyed.expected(), live.expected(), live.name());
      assertEquals(destroyed.violated(), live.violated(), live.name());
      assertEquals(destroyed.traceLength(), live.traceLength(), live.name());
    }
  }
}
