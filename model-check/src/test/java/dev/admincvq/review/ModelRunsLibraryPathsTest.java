package dev.admincvq.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.admincvq.matrix.ModelEntry;
import dev.admincvq.model.Verdict;
import dev.admincvq.tlc.GraphExplorer;
import dev.admincvq.tlc.TempDirectory;
import dev.admincvq.tlc.TlcChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * A review examines a model with the manifest's {@code libraryPaths} on TLC's search path, as
 * {@code check} does: a spec extending a module found only there is examined, not refused.
 */
class ModelRunsLibraryPathsTest {
  @Test
  void aModelExtendingAModuleOfItsLibraryPathsIsExamined() throws IOException, ReviewException {
    Path dir = TempDirectory.create("admincvq-libpaths-test-");
    try {
      Path lib = Files.createDirectories(dir.resolve("lib"));
      Path specs = Files.createDirectories(dir.resolve("spec"));
      Files.writeString(lib.resolve("Bound.tla"), "---- MODULE Bound ----\nLimit == 2\n====\n");
      Path spec = specs.resolve("Counter.tla");
      Files.writeString(
          spec,
          """
          ---- MODULE Counter ----
          EXTENDS Naturals, Bound
          VARIABLE x
          Init == x = 0
          Next == x < Limit /\\ x' = x + 1
          Small == x <= Limit
          ====
          """);
      String cfgText = "INIT Init\nNEXT Next\nINVARIANT Small\nCHECK_DEADLOCK FALSE\n";
      Path cfg = specs.resolve("Counter.cfg");
      Files.writeString(cfg, cfgText);
      ModelEntry model =
          new ModelEntry(
              "Counter", spec, cfg, List.of(lib), Map.of(), Map.of(), false, Verdict.SUCCESS, Optional.empty(), 3,
              3, 3, OptionalInt.empty(), "counts to the library's Limit", Map.of());
      ModelRuns runs = new ModelRuns(TlcChecker.create(), GraphExplorer.create(), 1000);

      ModelRuns.Examined examined = runs.examine(model, ConfigFacts.parse(cfgText));

      assertEquals(Map.of("Small", Outcome.holds()), examined.verdicts());
      assertEquals(3, examined.graph().states().size());
    } finally {
      TempDirectory.delete(dir);
    }
  }
}
