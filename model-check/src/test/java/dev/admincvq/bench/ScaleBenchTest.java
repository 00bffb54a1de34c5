package dev.admincvq.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.deep.DeepTier;
import dev.admincvq.matrix.Manifest;
import dev.admincvq.matrix.ModelEntry;
import dev.admincvq.tlc.TlcChecker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Part (f)'s comparison with {@code java tlc2.TLC}: each design of a tier that holds every
 * invariant is checked again by a process of its own on the configuration the tier derived, and the
 * two searches must find the same states. Timings are only required to be there.
 */
class ScaleBenchTest {
  static final Path ROOT = Path.of(System.getProperty("admincvq.root", ".."));
  static final Path MANIFEST = ROOT.resolve("spec-tla/models/manifest.json");

  private final List<String> log = new ArrayList<>();

  @Test
  void eachDesignThatHoldsIsCheckedAgainByJavaTlcOnTheTiersConfigurationWithTheSameStates()
      throws Exception {
    Manifest manifest = Manifest.read(MANIFEST);
    List<ModelEntry> two =
        manifest.models().stream()
            .filter(
                d ->
                    d.name().equals("keeps_rtnl_inFlight_needsResetLive")
                        || d.name().equals("drops_none_none"))
            .toList();
    assertEquals(2, two.size(), "both designs in the manifest");

    DeepTiming f =
        new ScaleBench(TlcChecker.create(), Machine.current().childJvmOptions(), log::add)
            .deep(new Manifest(manifest.file(), two), DeepTier.symmetryOnly(), 1, 2);

    assertTrue(f.ok(), () -> ScaleText.deep(f));
    assertEquals(2, f.rows().size());
    assertEquals(1, f.vsRaw().size(), "the violating design is not run again");
    DeepVsRaw raw = f.vsRaw().get(0);
    assertEquals("keeps_rtnl_inFlight_needsResetLive", raw.design());
    assertTrue(raw.agrees(), raw::toString);
    assertEquals(f.rows().get(1).result().distinctStates(), raw.raw().distinct());
    assertEquals(f.rows().get(1).result().distinctStates(), raw.embedded().distinct());
    assertTrue(raw.raw().seconds() > 0 && raw.statesPerSecondVsRaw() > 0, raw::toString);
    assertTrue(f.statesPerSecondVsRaw().isPresent());
    String text = ScaleText.deep(f);
    assertTrue(
        text.contains(
            "the 1 design that holds, each again in this JVM and by java tlc2.TLC in a process of its own, side by side (the same configuration and workers):"),
        text);
    assertTrue(text.contains("deepStatesPerSecondVsRaw = "), text);
    assertTrue(
        log.stream()
            .anyMatch(
                l ->
                    l.equals(
                        "(f) keeps_rtnl_inFlight_needsResetLive in this JVM and by java tlc2.TLC, side by side")),
        log::toString);
  }

  @Test
  void aProcessThatFindsOtherStatesMakesThePartFailAndSaysSo() {
    Measured here = new Measured(10.0, 0, 1_000, 3_000, 9, Optional.empty());
    Measured same = new Measured(12.5, 0, 1_000, 3_000, 9, Optional.empty());
    Measured other = new Measured(12.5, 0, 999, 3_000, 9, Optional.empty());
    Map<String, Integer> bounds = Map.of("MaxVFs", 2);
    DeepTiming agrees =
        new DeepTiming(List.of(), 500, 900, bounds, 1, 2, List.of(new DeepVsRaw("a", here, same)));
    assertTrue(agrees.ok());
    assertEquals(1.25, agrees.statesPerSecondVsRaw().orElseThrow(), 1e-9);
    String text = ScaleText.deep(agrees);
    assertTrue(
        text.contains(
            "  a                                                  10.0        100       12.5         80   1.25\n"),
        text);
    assertTrue(
        text.contains(
            "deepStatesPerSecondVsRaw = 1.250 (this JVM's states per second / java tlc2.TLC's, over those designs, the same states)"),
        text);

    DeepTiming differs =
        new DeepTiming(List.of(), 500, 900, bounds, 1, 2, List.of(new DeepVsRaw("a", here, other)));
    assertFalse(differs.ok());
    assertTrue(
        ScaleText.deep(differs)
            .contains("DIFFERS: states 1000/3000 embedded, 999/3000 as a process (distinct/total)"),
        ScaleText.deep(differs));
    assertFalse(
        new DeepTiming(List.of(), 500, 900, bounds, 1, 2, List.of())
            .statesPerSecondVsRaw()
            .isPresent());
  }
}
