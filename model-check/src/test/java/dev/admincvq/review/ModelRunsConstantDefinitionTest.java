package dev.admincvq.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a review shows for a constant bound with {@code <- D}: D's body as SANY reads it in the
 * model's spec, wherever D is defined (the spec, a module it extends, a library path), over several
 * lines or one, and never a commented-out line that merely looks like a definition.
 */
class ModelRunsConstantDefinitionTest {
  @Test
  void aBindingsDefinitionIsTheOneSanyResolvesNotTextThatLooksLikeIt() throws IOException {
    try (CounterWithLibrary counter =
        CounterWithLibrary.write(
            "admincvq-constdef-test-",
            "---- MODULE Bound ----\nEXTENDS Naturals\nLimit ==\n    2 +\n    1\n====\n",
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
            """,
            "CONSTANT Max <- Limit\nINIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\n",
            4)) {
      ModelRuns runs = counter.runs();

      assertEquals(
          Optional.of("2 + 1"),
          runs.constantDefinition(counter.model(), "Limit"),
          "from the library, over two lines");
      assertEquals(
          Optional.of("{ 1 , 2 }"),
          runs.constantDefinition(counter.model(), "Cmds"),
          "without its comment");
      assertEquals(
          Optional.empty(),
          runs.constantDefinition(counter.model(), "Twice"),
          "an operator with parameters");
      assertEquals(
          Optional.empty(),
          runs.constantDefinition(counter.model(), "Nat"),
          "TLC's standard modules");
      assertEquals(Optional.empty(), runs.constantDefinition(counter.model(), "Nope"));
    }
  }
}
