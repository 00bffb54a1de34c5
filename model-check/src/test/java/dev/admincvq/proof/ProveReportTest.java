package dev.admincvq.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.matrix.Manifest;
import dev.admincvq.matrix.ModelEntry;
import dev.admincvq.model.Problem;
import dev.admincvq.tlc.SanyParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What {@code admincvq prove} prints about parses, bounds, conjuncts and gaps. */
class ProveReportTest {
  private static final Path ROOT = Path.of(System.getProperty("admincvq.root", ".."));

  @Test
  void boundsAreTheManifestsAndItsMaxIncIsTheConfigurations() throws Exception {
    Map<String, ModelEntry> models =
        Manifest.read(ROOT.resolve("proofs/models/manifest.json")).models().stream()
            .collect(Collectors.toMap(ModelEntry::name, Function.identity()));
    assertEquals(
        "barrier, MaxVFs 1, CmdId 1, MaxInc 2", ProveReport.bounds(entry(models, "actors_cti_20")));
    assertEquals(
        "barrier, MaxVFs 1, CmdId 1, MaxInc 3",
        ProveReport.bounds(entry(models, "actors_reachable_A_oneCmd")));
    Pattern maxInc = Pattern.compile("(?m)^\\s*MaxInc\\s*=\\s*(\\d+)");
    for (ModelEntry m : models.values()) {
      Matcher found = maxInc.matcher(Files.readString(m.config()));
      assertTrue(found.find(), m.name() + ": no MaxInc in " + m.config());
      assertEquals(
          m.bounds().get("MaxInc"),
          Integer.valueOf(String.valueOf(found.group(1))),
          m.name() + ": MaxInc of manifest and cfg");
    }
  }

  @Test
  void aModuleSanyRejectsAndAMissingModelAreReportedAndFailTheRun() throws Exception {
    Path module = ROOT.resolve("proofs/AdminCvqActors_proof.tla");
    SanyParser.Result failed =
        new SanyParser.Result(
            module,
            List.of(),
            Optional.of(new Problem(module.toString(), 3, 7, "semantic error: x")),
            java.util.Map.of());
    List<Theorem> theorems = TheoremFile.read(ROOT.resolve("proofs/theorems.json"));
    List<TheoremStatus> statuses = TheoremStatus.of(theorems, List.of());
    List<Conjunct> conjuncts = ConjunctFile.read(ROOT.resolve("proofs/conjuncts.json"));
    List<ModelEntry> byHand =
        Manifest.read(ROOT.resolve("proofs/models/manifest_by_hand.json")).models();
    List<String> lines =
        ProveReport.lines(ROOT, List.of(failed), statuses, conjuncts, List.of(), byHand, false);
    assertTrue(
        lines.contains(
            "  FAILED  proofs/AdminCvqActors_proof.tla  " + module + ":3:7: semantic error: x"),
        lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.contains("parsed by SANY: NO: ")), lines.toString());
    assertTrue(
        lines.contains(
            "  actors_inductive_A: no such model in the manifest or the by-hand manifest"),
        lines.toString());
    assertTrue(
        lines.stream()
            .anyMatch(
                l ->
                    l.startsWith("       actors_cti_2")
                        && l.contains("by hand: recorded safety failure of IInvWithout")),
        lines.toString());
    assertTrue(
        lines.stream().anyMatch(l -> l.startsWith("   9 InvUnusedFields") && l.contains("pinning")),
        lines.toString());
    assertTrue(
        lines.stream().anyMatch(l -> l.contains("every TLAPS proof obligation")), lines.toString());
    assertFalse(ProveReport.allAsRecorded(List.of(failed), List.of(), statuses));
  }

  private static ModelEntry entry(Map<String, ModelEntry> models, String name) {
    return Optional.ofNullable(models.get(name))
        .orElseThrow(() -> new AssertionError("no model " + name));
  }
}
