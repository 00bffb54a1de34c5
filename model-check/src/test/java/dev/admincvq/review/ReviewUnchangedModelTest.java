package dev.admincvq.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.tlc.GraphExplorer;
import dev.admincvq.tlc.TempDirectory;
import dev.admincvq.tlc.TlcChecker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A model that reads the same texts on both sides is examined once, on BASE, and its HEAD is that
 * examination: with two models at a time this does not depend on which examinations the engine
 * still keeps (it keeps two, and the other thread's runs come between a model's BASE and HEAD).
 */
class ReviewUnchangedModelTest {
  /** Small models of the manifest, more than the examinations kept, so that some are pushed out. */
  private static final List<String> MODELS =
      List.of(
          "adminvq_list_query_sriov_all",
          "adminvq_obj_eexist",
          "adminvq_obj_cap_disable_busy",
          "adminvq_cap_unset_zero",
          "adminvq_cap_unset_device",
          "adminvq_obj_id_reuse_after_destroy");

  @Test
  void anUnchangedHeadIsItsBaseExaminationWhateverTheOtherThreadRan() throws ReviewException {
    Path dir = Fixture.scratch();
    try {
      List<String> lines = Collections.synchronizedList(new ArrayList<>());
      Review review = new Review(TlcChecker.create(), GraphExplorer.create(), lines::add, 2);
      ReviewReport r =
          review.run(Fixture.current(dir, "base"), Fixture.current(dir, "head"), MODELS);

      assertEquals(0, r.exitCode());
      assertEquals(MODELS.size(), r.reused(), "every HEAD is its BASE's run");
      for (String model : MODELS) {
        assertTrue(
            lines.contains("HEAD " + model + ": unchanged, BASE's run"),
            () -> model + "'s HEAD was examined again:\n" + String.join("\n", lines));
      }
      assertEquals(
          MODELS.size(),
          lines.stream().filter(l -> l.startsWith("BASE ")).count(),
          () -> String.join("\n", lines));
      for (ModelReview m : r.models()) {
        assertTrue(
            m.comparison().orElseThrow().sameBehaviours(), m.name() + " compares as changed");
      }
    } finally {
      TempDirectory.delete(dir);
    }
  }
}
