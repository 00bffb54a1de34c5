package dev.admincvq.matrix;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.admincvq.model.Verdict;
import dev.admincvq.tlc.TlcChecker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The proof models of {@code proofs/models} (inductiveness of IInv; per conjunct of IInv, the model
 * that drops it: a counterexample to induction, none, or a state of the rest violating the
 * property; refinement of AdminCvqActorsAtomic, and its failure without the device's check) give
 * exactly the outcome their manifest records. (SanyParseTest parses every module on its own.) The
 * models of {@code manifest_by_hand.json}, too slow for the test, are run by hand ({@code admincvq
 * matrix --manifest proofs/models/manifest_by_hand.json}); here only their configurations are
 * checked.
 */
class ProofModelsTest {
  static final Path MANIFEST = SpecModelsTest.ROOT.resolve("proofs/models/manifest.json");
  static final Path BY_HAND = SpecModelsTest.ROOT.resolve("proofs/models/manifest_by_hand.json");

  @TestFactory
  Stream<DynamicTest> everyProofModelGivesItsRecordedOutcome() throws Exception {
    MatrixRunner runner = new MatrixRunner(TlcChecker.create());
    Manifest manifest = Manifest.read(MANIFEST);
    return manifest.models().stream()
        .map(
            model ->
                dynamicTest(
                    model.name()
                        + " is "
                        + model.expected()
                        + model.violated().map(v -> " of " + v).orElse(""),
                    () -> {
                      MatrixRow row =
                          runner
                              .run(new Manifest(MANIFEST, List.of(model)), r -> {}, m -> p -> {})
                              .get(0);
                      assertTrue(row.asExpected(), model.name() + ": " + row.mismatches());
                    }));
  }

  @Test
  void everyProofConfigStatesItsExpectation() throws Exception {
    List<ModelEntry> models = new ArrayList<>(Manifest.read(MANIFEST).models());
    models.addAll(Manifest.read(BY_HAND).models());
    for (ModelEntry model : models) {
      String first = Files.readAllLines(model.config()).get(0);
      String expected =
          "\\* Expected: "
              + model.expected().label()
              + model.violated().map(v -> " [" + v + "]").orElse("");
      assertTrue(first.startsWith(expected), model.config() + ": " + first);
    }
  }

  @Test
  void inductivenessHoldsForTheSafeDesignsAndRefinementFailsOnTheUnsafeOne() throws Exception {
    List<ModelEntry> models = Manifest.read(MANIFEST).models();
    assertTrue(
        models.stream()
            .anyMatch(
                m -> m.name().startsWith("actors_inductive_") && m.expected() == Verdict.SUCCESS));
    assertTrue(
        models.stream()
            .anyMatch(
                m ->
                    m.name().equals("actors_refinement_A_devnone")
                        && m.expected() == Verdict.SAFETY_FAILURE));
  }
}
