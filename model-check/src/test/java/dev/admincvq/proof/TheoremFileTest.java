package dev.admincvq.proof;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.matrix.Manifest;
import dev.admincvq.matrix.ModelEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** proofs/theorems.json names real theorems and real models, and says what stays unchecked. */
class TheoremFileTest {
  private static final Path ROOT = Path.of(System.getProperty("admincvq.root", ".."));

  @Test
  void everyTheoremIsStatedInItsModuleAndCheckedByModelsOfTheManifest() throws Exception {
    List<Theorem> theorems = TheoremFile.read(ROOT.resolve("proofs/theorems.json"));
    List<String> models =
        Manifest.read(ROOT.resolve("proofs/models/manifest.json")).models().stream()
            .map(ModelEntry::name)
            .toList();
    assertFalse(theorems.isEmpty());
    for (Theorem t : theorems) {
      String module = Files.readString(ROOT.resolve("proofs").resolve(t.module()));
      assertTrue(
          module.contains("THEOREM " + t.name() + " =="),
          t.name() + " is not stated in " + t.module());
      assertTrue(
          models.containsAll(t.models()),
          t.name() + " names a model the manifest lacks: " + t.models());
      assertFalse(t.unchecked().isBlank(), t.name() + " must say what no tool checks");
    }
  }
}
