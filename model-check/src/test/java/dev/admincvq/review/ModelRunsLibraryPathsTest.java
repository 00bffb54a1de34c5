package dev.admincvq.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A review examines a model with the manifest's {@code libraryPaths} on TLC's search path, as
 * {@code check} does: a spec extending a module found only there is examined, not refused.
 */
class ModelRunsLibraryPathsTest {
  @Test
  void aModelExtendingAModuleOfItsLibraryPathsIsExamined() throws IOException, ReviewException {
    String cfgText = "INIT Init\nNEXT Next\nINVARIANT Small\nCHECK_DEADLOCK FALSE\n";
    try (CounterWithLibrary counter =
        CounterWithLibrary.write(
            "admincvq-libpaths-test-",
            "---- MODULE Bound ----\nLimit == 2\n====\n",
            """
            ---- MODULE Counter ----
            EXTENDS Naturals, Bound
            VARIABLE x
            Init == x = 0
            Next == x < Limit /\\ x' = x + 1
            Small == x <= Limit
            ====
            """,
            cfgText,
            3)) {
      ModelRuns.Examined examined =
          counter.runs().examine(counter.model(), ConfigFacts.parse(cfgText));

      assertEquals(Map.of("Small", Outcome.holds()), examined.verdicts());
      assertEquals(3, examined.graph().states().size());
    }
  }
}
