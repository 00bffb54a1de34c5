package dev.admincvq.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.model.CheckResult;
import dev.admincvq.model.Verdict;
import dev.admincvq.tlc.CheckRequest;
import dev.admincvq.tlc.TlcChecker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code EveryCommandCompletes} is checked in one liveness pass ("from some point on every
 * submitted command is completed, and nothing is undone"); its comment in {@code
 * AdminCvqActors.tla} argues that under {@code Spec} this is the per-command form {@code \A c :
 * Submitted(c) ~> Completed(c)} ({@code MCEachCommandCompletes}). These tests check the two forms
 * on the same models and compare what TLC says, where every command completes and where some never
 * does.
 */
class LivenessFormTest {
  private final TlcChecker tlc = TlcChecker.create();
  @TempDir Path dir;

  /** The smallest models of the matrix that check the property, one per driver rule set. */
  private static List<ModelEntry> smallModelsCheckingTheProperty() throws Exception {
    List<ModelEntry> smallestFirst =
        SpecModelsTest.manifest().models().stream()
            .filter(m -> m.inMatrix() && m.expected() == Verdict.SUCCESS)
            .filter(m -> configText(m).contains("EveryCommandCompletes"))
            .sorted(Comparator.comparingLong(ModelEntry::totalStates))
            .toList();
    Map<String, ModelEntry> smallestPerRuleSet = new LinkedHashMap<>();
    smallestFirst.forEach(
        m -> smallestPerRuleSet.putIfAbsent(m.options().getOrDefault("DriverSync", ""), m));
    return smallestPerRuleSet.values().stream().limit(3).toList();
  }

  private static String configText(ModelEntry m) {
    try {
      return Files.readString(m.config());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private CheckResult check(ModelEntry model, String name, UnaryOperator<String> edit)
      throws Exception {
    Path cfg = dir.resolve(model.name() + "_" + name + ".cfg");
    Files.writeString(cfg, edit.apply(configText(model)));
    return tlc.check(CheckRequest.of(model.spec(), cfg));
  }

  private static String perCommand(String cfg) {
    return cfg.replace("EveryCommandCompletes", "MCEachCommandCompletes");
  }

  @Test
  void bothFormsHoldWhereTheDeviceAndDriverAreFair() throws Exception {
    List<ModelEntry> models = smallModelsCheckingTheProperty();
    assertEquals(3, models.size(), "three driver rule sets among the successes: " + models);
    for (ModelEntry model : models) {
      CheckResult oneForm = check(model, "one", UnaryOperator.identity());
      CheckResult perCommand = check(model, "each", LivenessFormTest::perCommand);
      assertEquals(Verdict.SUCCESS, oneForm.verdict(), model.name() + ": " + oneForm.problem());
      assertEquals(
          oneForm.verdict(), perCommand.verdict(), model.name() + ": " + perCommand.problem());
      assertEquals(oneForm.distinctStates(), perCommand.distinctStates(), model.name());
      assertEquals(
          model.distinctStates(),
          oneForm.distinctStates(),
          model.name() + " as the manifest records");
    }
  }

  @Test
  void bothFormsFailWhereNothingForcesTheDeviceToProcess() throws Exception {
    ModelEntry model = smallModelsCheckingTheProperty().get(0);
    UnaryOperator<String> unfair =
        cfg -> {
          assertTrue(cfg.contains("SPECIFICATION MCSpec"), model.name());
          return cfg.replace("SPECIFICATION MCSpec", "INIT Init\nNEXT MCNext")
              .replace("AckFinalProp ", "");
        };
    CheckResult oneForm = check(model, "one_unfair", unfair);
    CheckResult perCommand = check(model, "each_unfair", cfg -> perCommand(unfair.apply(cfg)));
    assertEquals(
        Verdict.LIVENESS_FAILURE, oneForm.verdict(), model.name() + ": " + oneForm.problem());
    assertEquals(
        Verdict.LIVENESS_FAILURE, perCommand.verdict(), model.name() + ": " + perCommand.problem());
    assertEquals("EveryCommandCompletes", oneForm.violated().orElseThrow());
    assertEquals("MCEachCommandCompletes", perCommand.violated().orElseThrow());
  }
}
