package dev.admincvq.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.tlc.TlcChecker;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each property checked on its own separates what one design breaks from what it keeps. */
class GuaranteeMatrixTest {
  private static List<GuaranteeRow> rows(String... names) throws Exception {
    Manifest all = SpecModelsTest.manifest();
    List<ModelEntry> picked =
        all.models().stream().filter(m -> List.of(names).contains(m.name())).toList();
    return new GuaranteeMatrix(TlcChecker.create()).run(new Manifest(all.file(), picked), r -> {});
  }

  private static Map<String, Boolean> holds(GuaranteeRow row) {
    return row.verdicts().stream().collect(Collectors.toMap(PropertyVerdict::property, PropertyVerdict::holds));
  }

  @Test
  void theDrainAndIncarnationDesignGuaranteesEveryPropertyOneByOne() throws Exception {
    GuaranteeRow row = rows("MC_drain_incarnation_inorder").get(0);
    assertTrue(row.satisfiesAll(), row.toString());
    assertEquals(10, row.verdicts().size(), "8 invariants and 2 properties");
  }

  @Test
  void noCheckAndNoSyncBreaksStaleEffectAndFailOnGoneButKeepsCompletion() throws Exception {
    Map<String, Boolean> h = holds(rows("MC_none_none_inorder").get(0));
    assertEquals(false, h.get("NoStaleEffect"));
    assertEquals(false, h.get("FailOnGone"));
    assertEquals(true, h.get("ExactlyOnceCompletion"));
    assertEquals(true, h.get("EveryCommandCompletes"));
  }
}
