package dev.admincvq.conform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.admincvq.graph.GraphPath;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Model-to-implementation conformance of the reference implementation on spec-tla/models/MC_barrier_incarnation_inorder.cfg. */
class ConformanceTest {
  static final Path ROOT = Path.of(System.getProperty("admincvq.root", ".."));

  /** Explored once per test class (about 2 s). */
  private static final class Model {
    static final Conformance INSTANCE =
        Conformance.of(ROOT.resolve("spec-tla/MCAdminCvq.tla"), ROOT.resolve("spec-tla/models/MC_barrier_incarnation_inorder.cfg"));
  }

  static Conformance conformance() {
    return Model.INSTANCE;
  }

  @Test
  void everyReachableEdgeIsCovered() {
    Conformance c = conformance();
    assertEquals(c.graph().edges().size(), c.cover().covered());
    assertTrue(c.graph().edges().size() > 0);
  }

  /** One dynamic test per path of the cover, named by its actions. */
  @TestFactory
  Stream<DynamicTest> everyPathReplaysInLockstep() {
    Conformance c = conformance();
    Replayer replayer = c.replayer();
    List<GraphPath> paths = c.cover().paths();
    return IntStream.range(0, paths.size())
        .mapToObj(
            i ->
                DynamicTest.dynamicTest(
                    name(c, i, paths.get(i)),
                    () -> {
                      Optional<Divergence> d = replayer.replay(i, paths.get(i));
                      if (d.isPresent()) {
                        fail(ConformText.divergence(d.get()));
                      }
                    }));
  }

  private static String name(Conformance c, int i, GraphPath p) {
    StringBuilder b = new StringBuilder("path " + i + ":");
    for (int e : p.edges()) {
      b.append(' ').append(c.graph().edges().get(e).label().replace(" = ", "=").replace(", ", ","));
    }
    return b.toString();
  }
}
