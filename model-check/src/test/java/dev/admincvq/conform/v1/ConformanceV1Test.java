package dev.admincvq.conform.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.admincvq.conform.ConformText;
import dev.admincvq.conform.Divergence;
import dev.admincvq.graph.GraphPath;
import dev.admincvq.reference.v1.DeviceCheck;
import dev.admincvq.reference.v1.DriverSync;
import dev.admincvq.reference.v1.Settings;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Model-to-implementation conformance of the earlier reference implementation ({@code
 * dev.admincvq.reference.v1}) on spec-tla/models/MC_barrier_incarnation_inorder.cfg of the earlier
 * {@code AdminCvq}: kept while the named scenarios replay that spec.
 */
class ConformanceV1Test {
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

  /**
   * The safe model's paths replayed on a machine built with another design (no device check) must
   * diverge: the comparison is not vacuous.
   */
  @Test
  void aMachineWithAnotherDesignDiverges() {
    Conformance c = conformance();
    Replayer wrong = new Replayer(c.graph(), new Settings(1, DriverSync.BARRIER, DeviceCheck.NONE, true));
    List<GraphPath> paths = c.cover().paths();
    Optional<Divergence> first = Optional.empty();
    for (int i = 0; i < paths.size() && first.isEmpty(); i++) {
      first = wrong.replay(i, paths.get(i));
    }
    assertTrue(first.isPresent());
    Divergence d = first.get();
    assertFalse(d.differences().isEmpty());
    assertTrue(d.action().startsWith("DeviceProcess"), d.action());
    assertTrue(d.differences().stream().anyMatch(x -> x.path().endsWith(".status")), d.differences().toString());
    String text = ConformText.divergence(d);
    assertTrue(text.contains("path so far"), text);
    assertTrue(text.contains("expected \"ERR\", actual \"OK\""), text);
  }
}
