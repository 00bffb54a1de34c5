package dev.admincvq.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.admincvq.model.Trace;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What counts as a verdict getting worse, and the exit code it gives. */
class PropertyRowTest {
  private static final Outcome HOLDS = Outcome.holds();
  private static final Outcome VIOLATED = Outcome.violated(Trace.finite(List.of()));

  private static PropertyRow row(Optional<Outcome> base, Optional<Outcome> head) {
    return new PropertyRow("P", base, head);
  }

  @Test
  void aPropertyThatHeldAndNowFailsIsWorse() {
    assertEquals(PropertyRow.Change.WORSE, row(Optional.of(HOLDS), Optional.of(VIOLATED)).change());
    assertEquals(
        PropertyRow.Change.WORSE,
        row(Optional.of(HOLDS), Optional.of(Outcome.error("x"))).change());
    assertEquals(
        PropertyRow.Change.BETTER, row(Optional.of(VIOLATED), Optional.of(HOLDS)).change());
    assertEquals(
        PropertyRow.Change.SAME, row(Optional.of(VIOLATED), Optional.of(VIOLATED)).change());
    assertEquals(PropertyRow.Change.ADDED, row(Optional.empty(), Optional.of(VIOLATED)).change());
    assertEquals(PropertyRow.Change.REMOVED, row(Optional.of(HOLDS), Optional.empty()).change());
  }

  @Test
  void exitCodeIsOneOnlyWhenAVerdictGotWorseAndTwoWhenACheckFailed() {
    ModelReview worse = model(row(Optional.of(HOLDS), Optional.of(VIOLATED)));
    ModelReview added = model(row(Optional.empty(), Optional.of(VIOLATED)));
    ModelReview error = model(row(Optional.of(VIOLATED), Optional.of(Outcome.error("cannot"))));
    assertEquals(0, report(added).exitCode(), "a new property that fails did not get worse");
    assertEquals(1, report(worse, added).exitCode());
    assertEquals(2, report(worse, error).exitCode());
  }

  private static ModelReview model(PropertyRow row) {
    return new ModelReview("M", true, true, List.of(row), List.of(), Optional.empty());
  }

  private static ReviewReport report(ModelReview... models) {
    return new ReviewReport("B", "H", List.of(models), 0, 0, java.time.Duration.ZERO);
  }
}
