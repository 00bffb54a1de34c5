package dev.admincvq.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.reference.SpecInvariant;
import dev.admincvq.tlc.SanyParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link SpecInvariant}, the Java vocabulary of {@code AdminCvqActors}'s invariants, names
 * definitions of the spec as SANY parses it (a renamed invariant fails here), and they are the
 * invariants the manifest's models of the spec check besides {@code TypeOK} (an added one fails
 * here).
 */
class SpecInvariantTest {
  private static final Path ROOT = Path.of(System.getProperty("admincvq.root", ".."));

  @Test
  void eachSpecInvariantIsADefinitionOfTheSpecAsSanyParsesIt() {
    SanyParser.Result r =
        SanyParser.create().parse(ROOT.resolve("spec-tla/AdminCvqActors.tla"), List.of());
    assertTrue(r.parsed(), () -> r.problem().orElseThrow().toString());
    for (SpecInvariant i : SpecInvariant.values()) {
      assertTrue(
          r.constantDefinitions().containsKey(i.specName()),
          () -> i + ": no definition " + i.specName() + " in AdminCvqActors.tla");
    }
  }

  @Test
  void specInvariantIsTheInvariantsTheManifestsModelsCheckBesidesTypeOk() throws Exception {
    Set<String> checked = new LinkedHashSet<>();
    for (ModelEntry m : Manifest.read(ROOT.resolve("spec-tla/models/manifest.json")).models()) {
      if (m.spec().getFileName().toString().equals("MCAdminCvqActors.tla")) {
        checked.addAll(ModelConfig.parse(Files.readString(m.config())).invariants());
      }
    }
    checked.remove("TypeOK");
    assertEquals(
        Arrays.stream(SpecInvariant.values()).map(SpecInvariant::specName).sorted().toList(),
        checked.stream().sorted().toList());
  }
}
