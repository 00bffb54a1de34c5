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
 * A run is remembered by the texts it reads, and what it reads is the module closure SANY finds:
 * the spec and the modules it extends, not a module it only names in a comment, nor TLC's standard
 * modules. When the spec does not parse, every module beside it counts as read.
 */
class ModelRunsModuleClosureTest {
  @Test
  void theModulesReadAreTheSpecAndWhatItExtendsNotWhatAMentionNames() throws IOException {
    Path dir = TempDirectory.create("admincvq-closure-test-");
    try {
      Files.writeString(dir.resolve("Bound.tla"), "---- MODULE Bound ----\nLimit == 2\n====\n");
      Files.writeString(dir.resolve("Unrelated.tla"), "---- MODULE Unrelated ----\nX == 1\n====\n");
      Path spec = dir.resolve("Counter.tla");
      Files.writeString(
          spec,
          """
          ---- MODULE Counter ----
          \\* Unlike Unrelated, this module counts.
          EXTENDS Naturals, Bound
          VARIABLE x
          Init == x = 0
          Next == x < Limit /\\ x' = x + 1
          Small == x <= Limit
          ====
          """);
      Path cfg = dir.resolve("Counter.cfg");
      Files.writeString(cfg, "INIT Init\nNEXT Next\nINVARIANT Small\n");
      ModelEntry model =
          new ModelEntry(
              "Counter",
              spec,
              cfg,
              List.of(),
              Map.of(),
              Map.of(),
              false,
              Verdict.SUCCESS,
              Optional.empty(),
              3,
              3,
              3,
              OptionalInt.empty(),
              "counts to Limit",
              Map.of());
      ModelRuns runs = new ModelRuns(TlcChecker.create(), GraphExplorer.create(), 1000);

      assertEquals(List.of(dir.resolve("Bound.tla"), spec), runs.modulesRead(model));

      Files.writeString(
          spec,
          Files.readString(spec).replace("EXTENDS Naturals, Bound", "EXTENDS Naturals, Bound,"));
      ModelRuns broken = new ModelRuns(TlcChecker.create(), GraphExplorer.create(), 1000);
      assertEquals(
          List.of(dir.resolve("Bound.tla"), spec, dir.resolve("Unrelated.tla")),
          broken.modulesRead(model),
          "a spec that does not parse may read any module beside it");
    } finally {
      TempDirectory.delete(dir);
    }
  }
}
