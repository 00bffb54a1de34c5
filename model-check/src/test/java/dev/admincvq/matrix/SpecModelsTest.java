package dev.admincvq.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.admincvq.model.Verdict;
import dev.admincvq.tlc.TlcChecker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every model of {@code spec-tla/models} gives exactly the outcome its manifest records (verdict,
 * violated property, state counts, depth, trace length), and every model states that expectation
 * in its own configuration.
 */
class SpecModelsTest {
  static final Path ROOT = Path.of(System.getProperty("admincvq.root", ".."));
  static final Path MANIFEST = ROOT.resolve("spec-tla/models/manifest.json");

  static Manifest manifest() throws Manifest.ManifestException {
    return Manifest.read(MANIFEST);
  }

  @TestFactory
  Stream<DynamicTest> everyModelGivesItsRecordedOutcome() throws Exception {
    TlcChecker tlc = TlcChecker.create();
    MatrixRunner runner = new MatrixRunner(tlc);
    return manifest().models().stream()
        .map(
            model ->
                dynamicTest(
                    model.name() + " is " + model.expected() + model.violated().map(v -> " of " + v).orElse(""),
                    () -> {
                      MatrixRow row =
                          runner.run(new Manifest(MANIFEST, List.of(model)), r -> {}, p -> {}).get(0);
                      assertTrue(row.asExpected(), model.name() + ": " + row.mismatches());
                    }));
  }

  @Test
  void everyConfigStatesTheExpectationTheManifestRecords() throws Exception {
    for (ModelEntry model : manifest().models()) {
      String first = Files.readAllLines(model.config()).get(0);
      String expected =
          "\\* Expected: " + model.expected().label() + model.violated().map(v -> " [" + v + "]").orElse("");
      assertTrue(first.startsWith(expected), model.config() + " starts with \"" + first + "\", not \"" + expected + "\"");
    }
  }

  @Test
  void everyConfigOfTheModelsDirectoryIsInAManifest() throws Exception {
    Set<Path> listed =
        manifest().models().stream().map(m -> m.config().normalize()).collect(Collectors.toSet());
    Manifest bench = Manifest.read(ROOT.resolve("spec-tla/models/bench.json"));
    bench.models().forEach(m -> listed.add(m.config().normalize()));
    try (Stream<Path> cfgs = Files.list(ROOT.resolve("spec-tla/models"))) {
      for (Path cfg : cfgs.filter(p -> p.toString().endsWith(".cfg")).toList()) {
        assertTrue(listed.contains(cfg.normalize()), cfg + " has no manifest entry, so no expected outcome");
      }
    }
  }

  @Test
  void theThreadsScenarioIsAStaleEffectAndSomeDesignSatisfiesEverything() throws Exception {
    List<ModelEntry> models = manifest().models();
    ModelEntry seed =
        models.stream().filter(m -> m.name().equals("seed_none_none_vf_recreated_before_process")).findFirst().orElseThrow();
    assertEquals(Verdict.SAFETY_FAILURE, seed.expected());
    assertEquals("NoStaleEffect", seed.violated().orElseThrow());
    assertTrue(seed.traceLength().orElseThrow() <= 6, "a short trace");
    assertTrue(
        models.stream().anyMatch(m -> m.inMatrix() && m.expected() == Verdict.SUCCESS),
        "at least one design option satisfies every property");
    assertEquals(18, models.stream().filter(ModelEntry::inMatrix).count(), "3 x 3 x 2 design options");
  }
}
