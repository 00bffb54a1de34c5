package dev.admincvq.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.matrix.Manifest;
import dev.admincvq.tlc.TlcChecker;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The benchmark on the runner's small test specs: both sides run, agree and are reported. Timings
 * are only required to be there, never to be fast (performance is what the bench command shows).
 */
class BenchTest {
  static Path resource(String name) {
    URL url = BenchTest.class.getResource("/bench/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no test resource " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private final List<String> log = new ArrayList<>();
  private final Bench bench = new Bench(TlcChecker.create(), Machine.current(), log::add);

  @Test
  void bothPartsAgreeWithSeparateProcessesAndReportPositiveRatios() throws Exception {
    BenchReport report =
        bench.run(
            new BenchSettings(resource("bench.json"), resource("manifest.json"), 2, true, true));

    assertTrue(report.ok(), () -> BenchText.render(report));
    LargeModel a = report.large().orElseThrow();
    assertEquals(2, a.workers());
    Comparison c = a.comparison();
    assertEquals("Counter", c.model());
    assertEquals(List.of(), c.disagreements());
    assertEquals(6, c.embedded().distinct());
    assertEquals(c.embedded().distinct(), c.process().distinct());
    assertEquals(c.embedded().total(), c.process().total());
    assertPositive(a.embeddedVsProcess());

    Batch b = report.batch().orElseThrow();
    assertEquals(
        List.of("Counter", "TwoCounters", "Stuck"),
        b.rows().stream().map(Comparison::model).toList());
    for (Comparison row : b.rows()) {
      assertTrue(row.ok(), row::toString);
      assertEquals(row.embedded().exitCode(), row.process().exitCode(), row.model());
      assertEquals(row.embedded().distinct(), row.process().distinct(), row.model());
      assertEquals(row.embedded().total(), row.process().total(), row.model());
      assertPositive(row.embedded().seconds());
      assertPositive(row.process().seconds());
    }
    assertEquals(List.of(0, 12, 11), b.rows().stream().map(r -> r.process().exitCode()).toList());
    assertPositive(b.batchSpeedup());
    assertEquals(3, report.method().size(), report.method()::toString);
    assertTrue(log.get(0).startsWith("warm-up: Counter"), log::toString);
  }

  @Test
  void disagreementWithTheManifestIsReported() throws Exception {
    // TwoCounters' manifest entry taken as the bench model, with Counter's spec: counts differ.
    BenchReport report =
        bench.run(
            new BenchSettings(
                resource("wrong-bench.json"), resource("manifest.json"), 1, true, false));
    Comparison c = report.large().orElseThrow().comparison();
    assertEquals(List.of(), c.disagreements(), "both sides still agree with each other");
    assertFalse(c.unexpected().isEmpty());
    assertFalse(report.ok());
    assertTrue(report.batch().isEmpty());
  }

  @Test
  void aBenchManifestOfSeveralModelsIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                bench.run(
                    new BenchSettings(
                        resource("manifest.json"), resource("manifest.json"), 1, true, false)));
    assertTrue(
        String.valueOf(e.getMessage()).contains("expected exactly one model, found 3"),
        String.valueOf(e.getMessage()));
  }

  @Test
  void aMissingManifestIsAProblemNamingTheFile() {
    Path missing = resource("manifest.json").resolveSibling("nope.json");
    Manifest.ManifestException e =
        assertThrows(
            Manifest.ManifestException.class,
            () -> bench.run(new BenchSettings(missing, missing, 1, false, true)));
    assertTrue(e.problem().toString().contains("nope.json"), e.problem().toString());
  }

  @Test
  void childProcessesGetThisJvmsHeapAndStack() {
    Machine m = Machine.current();
    assertTrue(m.cores() >= 1);
    assertTrue(
        m.childJvmOptions().contains("-Xmx" + (m.heapBytes() / 1024) + "k"),
        m.childJvmOptions()::toString);
    assertTrue(m.childJvmOptions().contains("-XX:+UseParallelGC"));
  }

  private static void assertPositive(double x) {
    assertTrue(x > 0 && Double.isFinite(x), () -> "not a positive number: " + x);
  }
}
