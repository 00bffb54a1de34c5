package dev.admincvq.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.matrix.Manifest;
import dev.admincvq.matrix.ModelEntry;
import dev.admincvq.model.SimulationResult;
import dev.admincvq.model.Verdict;
import dev.admincvq.tlc.SimulationRequest;
import dev.admincvq.tlc.TlcSimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * At the matrix's bounds, simulation finds the invariant violations the exhaustive matrix finds.
 *
 * <p>Each simulation costs a run of its own (a few seconds), so the models checked are one per
 * reading of a VF reset (the configuration's name up to its first underscore: {@code drops}, {@code
 * keeps}) and violated invariant, the first the manifest lists: every invariant the matrix sees
 * violated, under both readings. (All 54 matrix models expecting a violation were simulated once
 * with these settings, and each found its invariant; docs/scale.md.)
 */
class SimulationFindsMatrixViolationsTest {
  private static final Path MANIFEST =
      Path.of(System.getProperty("admincvq.root", "..")).resolve("spec-tla/models/manifest.json");
  private static final long SEED = 1;
  private static final long BEHAVIOURS = 300;

  static Stream<ModelEntry> representativeViolations() throws Manifest.ManifestException {
    Map<String, ModelEntry> firstPerKind = new LinkedHashMap<>();
    for (ModelEntry m : Manifest.read(MANIFEST).models()) {
      if (m.inMatrix() && m.expected() == Verdict.SAFETY_FAILURE && m.violated().isPresent()) {
        String file = String.valueOf(m.config().getFileName());
        String reading = file.substring(0, Math.max(0, file.indexOf('_')));
        firstPerKind.putIfAbsent(reading + "/" + m.violated().get(), m);
      }
    }
    return new ArrayList<>(firstPerKind.values()).stream();
  }

  private static SimulationResult simulate(ModelEntry m, long seed, long behaviours) {
    try (DerivedConfig cfg = DerivedConfig.of(m.config(), List.of(), true)) {
      return TlcSimulator.create()
          .simulate(
              new SimulationRequest(
                  m.spec(), cfg.path(), m.libraryPaths(), behaviours, Duration.ZERO, 100, seed));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("representativeViolations")
  void simulationViolatesTheInvariantTheMatrixSeesViolated(ModelEntry m) {
    SimulationResult r = simulate(m, SEED, BEHAVIOURS);
    String expected = m.violated().orElseThrow();
    assertEquals(Verdict.SAFETY_FAILURE, r.verdict(), m.name() + ": " + r.problem());
    assertTrue(
        r.violations().stream().anyMatch(c -> c.name().equals(expected)),
        m.name() + ": expected " + expected + " among " + r.violations());
    assertTrue(r.shortest().isPresent(), m.name() + ": no counterexample kept");
    assertTrue(
        r.shortest().get().length() >= m.traceLength().orElse(1),
        "no random behaviour is shorter than the exhaustive shortest counterexample");
  }

  @Test
  void theRepresentativeModelsCoverEveryInvariantTheMatrixSeesViolated()
      throws Manifest.ManifestException {
    List<String> all =
        Manifest.read(MANIFEST).models().stream()
            .filter(m -> m.inMatrix() && m.expected() == Verdict.SAFETY_FAILURE)
            .map(m -> m.violated().orElse(""))
            .distinct()
            .sorted()
            .toList();
    List<String> covered =
        representativeViolations().map(m -> m.violated().orElse("")).distinct().sorted().toList();
    assertEquals(all, covered);
  }

  @Test
  void aSafeDesignShowsNoViolationAndTakesEveryKindOfAction() throws Manifest.ManifestException {
    ModelEntry safe =
        Manifest.read(MANIFEST).models().stream()
            .filter(m -> m.name().equals("keeps_drain_inFlight"))
            .findFirst()
            .orElseThrow();
    SimulationResult r = simulate(safe, SEED, 100);
    assertEquals(Verdict.SUCCESS, r.verdict(), String.valueOf(r.problem()));
    assertEquals(100, r.behaviours());
    assertTrue(
        r.fired().stream().anyMatch(c -> c.name().equals("DriverSubmitAdmin") && c.count() > 0),
        r.fired().toString());
    assertTrue(
        r.fired().stream().noneMatch(c -> c.name().startsWith("MC")),
        "actions named as in the spec, not the model");
  }

  @Test
  void theSameSeedDrawsTheSameBehaviours() throws Manifest.ManifestException {
    ModelEntry m = representativeViolations().findFirst().orElseThrow();
    SimulationResult a = simulate(m, 42, 50);
    SimulationResult b = simulate(m, 42, 50);
    assertEquals(a.fired(), b.fired());
    assertEquals(a.violations(), b.violations());
    assertEquals(a.shortest(), b.shortest());
  }
}
