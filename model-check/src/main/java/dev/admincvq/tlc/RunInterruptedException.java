package dev.admincvq.tlc;

import dev.admincvq.model.Progress;
import java.util.Optional;

/**
 * A run stopped on an {@link Interruption}: no verdict, only the figures TLC had reached (none when
 * it had not started exploring, or when the run was not a model check).
 */
public final class RunInterruptedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final boolean counted;
  private final int depth;
  private final long generated;
  private final long distinct;
  private final long queue;

  RunInterruptedException(Optional<Progress> soFar) {
    super("interrupted");
    this.counted = soFar.isPresent();
    Progress p = soFar.orElse(new Progress(0, 0, 0, 0));
    this.depth = p.depth();
    this.generated = p.generated();
    this.distinct = p.distinct();
    this.queue = p.queue();
  }

  /** The states TLC had found when it stopped, if it had started exploring. */
  public Optional<Progress> soFar() {
    return counted
        ? Optional.of(new Progress(depth, generated, distinct, queue))
        : Optional.empty();
  }
}
