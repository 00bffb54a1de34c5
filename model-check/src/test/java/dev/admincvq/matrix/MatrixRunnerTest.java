package dev.admincvq.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.tlc.TlcChecker;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@link MatrixRunner} orders the runs it starts and the rows it returns. */
class MatrixRunnerTest {
  private static Manifest small() throws Exception {
    URL url = MatrixRunnerTest.class.getResource("/bench/manifest.json");
    if (url == null) {
      throw new IllegalStateException("no test manifest");
    }
    return Manifest.read(Path.of(url.toURI()));
  }

  @Test
  void modelsStartLargestFirstWithManifestOrderOnTies() throws Exception {
    List<ModelEntry> models = SpecModelsTest.manifest().models();
    List<ModelEntry> starts = MatrixRunner.largestFirst(models);
    assertEquals(models.size(), starts.size());
    for (int i = 1; i < starts.size(); i++) {
      ModelEntry before = starts.get(i - 1);
      ModelEntry after = starts.get(i);
      assertTrue(
          before.totalStates() >= after.totalStates(), before.name() + " before " + after.name());
      if (before.totalStates() == after.totalStates()) {
        assertTrue(
            models.indexOf(before) < models.indexOf(after),
            "a tie keeps manifest order: " + before.name());
      }
    }
  }

  @Test
  void rowsComeInManifestOrderWhateverOrderTheRunsFinishIn() throws Exception {
    Manifest manifest = small();
    List<String> finished = new ArrayList<>();
    List<MatrixRow> rows =
        new MatrixRunner(TlcChecker.create(), 2)
            .run(manifest, row -> finished.add(row.model().name()), m -> p -> {});
    assertEquals(
        manifest.models().stream().map(ModelEntry::name).toList(),
        rows.stream().map(r -> r.model().name()).toList());
    assertEquals(manifest.models().size(), finished.size(), "every row is reported as it finishes");
    rows.forEach(row -> assertTrue(row.asExpected(), row.model().name() + ": " + row.mismatches()));
  }
}
