package dev.admincvq.guarantee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.admincvq.matrix.Manifest;
import dev.admincvq.matrix.ModelEntry;
import dev.admincvq.tlc.TlcChecker;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Each property checked on its own separates what one design breaks from what it keeps. */
class GuaranteeMatrixTest {
  private static final Path MANIFEST =
      Path.of(System.getProperty("admincvq.root", "..")).resolve("spec-tla/models/manifest.json");

  private static Manifest manifest() throws Manifest.ManifestException {
    return Manifest.read(MANIFEST);
  }

  private static List<GuaranteeRow> rows(String... names) throws Exception {
    Manifest all = manifest();
    List<ModelEntry> picked =
        all.models().stream().filter(m -> List.of(names).contains(m.name())).toList();
    return new GuaranteeMatrix(TlcChecker.create()).run(new Manifest(all.file(), picked), r -> {});
  }

  private static Map<String, Boolean> holds(GuaranteeRow row) {
    return row.verdicts().stream()
        .collect(Collectors.toMap(PropertyVerdict::property, PropertyVerdict::holds));
  }

  @Test
  void theBarrierAndWireGenerationDesignGuaranteesEveryPropertyOneByOne() throws Exception {
    GuaranteeRow row = rows("drops_barrier_wireGen").get(0);
    assertTrue(row.satisfiesAll(), row.toString());
    assertEquals(10, row.verdicts().size(), "8 invariants and 2 properties");
  }

  @Test
  void noCheckAndNoSyncBreaksStaleEffectAndFailOnGoneButKeepsCompletion() throws Exception {
    Map<String, Boolean> h = holds(rows("drops_none_none").get(0));
    assertEquals(false, h.get("NoStaleEffect"));
    assertEquals(false, h.get("FailOnGone"));
    assertEquals(true, h.get("ExactlyOnceCompletion"));
    assertEquals(true, h.get("EveryCommandCompletes"));
  }

  @Test
  void aDeviceOnlyCheckKeepsTheDeviceSafeButNotTheDriversView() throws Exception {
    Map<String, Boolean> h = holds(rows("drops_barrier_availFence").get(0));
    assertEquals(true, h.get("NoStaleEffect"));
    assertEquals(true, h.get("FailOnGone"));
    assertEquals(false, h.get("DriverDeviceAgreement"));
  }

  /**
   * The designs whose recorded guarantees this test recomputes: the rule sets of virtio 1.3, of the
   * thread and of this project under both readings of a VF reset. The manifest records every
   * design's; {@code ./admincvq matrix --properties} recomputes them all (exit 1 on a difference),
   * about six minutes, too long for every build.
   */
  static final List<String> RECOMPUTED =
      List.of(
          "drops_none_none",
          "drops_virtio13_virtio13",
          "drops_drain_inFlight",
          "drops_waitFail_inFlight",
          "drops_barrier_inFlight",
          "drops_barrier_availFence",
          "drops_barrier_wireGen",
          "drops_rtnl_inFlight",
          "keeps_virtio13_virtio13",
          "keeps_drain_inFlight",
          "keeps_barrier_wireGen",
          "keeps_rtnl_inFlight");

  @org.junit.jupiter.api.Test
  void everyDesignOfTheMatrixRecordsAVerdictForEachPropertyItsConfigurationChecks()
      throws Exception {
    for (ModelEntry m : manifest().models()) {
      if (!m.inMatrix()) {
        continue;
      }
      dev.admincvq.matrix.ModelConfig cfg =
          dev.admincvq.matrix.ModelConfig.parse(java.nio.file.Files.readString(m.config()));
      List<String> checked = new java.util.ArrayList<>(cfg.invariants());
      checked.addAll(cfg.properties());
      assertEquals(
          checked, List.copyOf(m.guarantees().keySet()), m.name() + " records its guarantees");
    }
  }

  /**
   * The table the README quotes is the one the manifest records; here the engine recomputes it for
   * the designs of {@link #RECOMPUTED}.
   */
  @TestFactory
  Stream<DynamicTest> everyDesignModelGuaranteesWhatTheManifestRecords() throws Exception {
    Manifest all = manifest();
    assertEquals(
        RECOMPUTED.size(),
        all.models().stream()
            .filter(m -> m.inMatrix() && RECOMPUTED.contains(m.name()) && !m.guarantees().isEmpty())
            .count(),
        "every recomputed design is a design of the matrix with recorded guarantees");
    List<ModelEntry> recomputed =
        all.models().stream().filter(m -> m.inMatrix() && RECOMPUTED.contains(m.name())).toList();
    // as many designs at once as this machine has cores; the verdicts do not depend on it
    List<GuaranteeRow> rows =
        new GuaranteeMatrix(TlcChecker.create(), Runtime.getRuntime().availableProcessors())
            .run(new Manifest(all.file(), recomputed), r -> {});
    return rows.stream()
        .map(
            row ->
                dynamicTest(
                    row.model().name() + " guarantees what the manifest records",
                    () -> {
                      ModelEntry model = row.model();
                      assertEquals(model.guarantees(), GuaranteeTable.cells(row), model.name());
                    }));
  }
}
