package dev.admincvq.conform;

import dev.admincvq.graph.GraphPath;
import java.util.Optional;

/** Replays one path of a model's state graph in lockstep on an implementation. */
@FunctionalInterface
public interface PathReplayer {

  /**
   * Replays {@code path}.
   *
   * @param index the path's index in the cover (for the report)
   * @param path the path
   * @return its first divergence, or empty if every step conforms
   */
  Optional<Divergence> replay(int index, GraphPath path);
}
