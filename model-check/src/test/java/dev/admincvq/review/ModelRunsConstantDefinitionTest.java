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
 * What a review shows for a constant bound with {@code <- D}: D's body as SANY reads it in the
 * model's spec, wherever D is defined (the spec, a module it extends, a library path), over
 * several lines or one, and never a commented-out line that merely looks like a definition.
 */
class ModelRunsConstantDefinitionTest {
  @Test
  void aBindingsDefinitionIsTheOneSanyResolvesNotTextThatLooksLikeIt() throws IOException {
    Path dir = TempDirectory.create("admincvq-constdef-test-");
    try {
      Path lib = Files.createDirectories(dir.resolve("lib"));
      Path specs = Files.createDirectories(dir.resolve("spec"));
      Files.writeString(lib.resolve("Bound.tla"), "---- MODULE Bound ----\nEXTENDS Naturals\nLimit ==\n    2 +\n    1\n====\n");
      Path spec = specs.resolve("Counter.tla");
      Files.writeString(
          spec,
          """
          ---- MODULE Counter ----
          EXTENDS Naturals, Bound
          \\* Limit == 99 (an older bound, left in a comment)
          CONSTANT Max
          VARIABLE x
          Twice(n) == 2 * n
          Cmds == {1, 2}   \\* two submissions
          Init == x = 0
          Next == x < Max /\\ x' = x + 1
          ====
          """);
      Path cfg = specs.resolve("Counter.cfg");
      Files.writeString(cfg, "CONSTANT Max <- Limit\nINIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\n");
      ModelEntry model =
          new ModelEntry(
              "Counter", spec, cfg, List.of(lib), Map.of(), Map.of(), false, Verdict.SUCCESS, Optional.empty(), 4,
              4, 4, OptionalInt.empty(), "counts to the library's Limit", Map.of());
      ModelRuns runs = new ModelRuns(TlcChecker.create(), GraphExplorer.create(), 1000);

      assertEquals(Optional.of("2 + 1"), runs.constantDefinition(model, "Limit"), "from the library, over two lines");
      assertEquals(Optional.of("{ 1 , 2 }"), runs.constantDefinition(model, "Cmds"), "without its comment");
      assertEquals(Optional.empty(), runs.constantDefinition(model, "Twice"), "an operator with parameters");
      assertEquals(Optional.empty(), runs.constantDefinition(model, "Nat"), "TLC's standard modules");
      assertEquals(Optional.empty(), runs.constantDefinition(model, "Nope"));
    } finally {
      TempDirectory.delete(dir);
    }
  }
}
