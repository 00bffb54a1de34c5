package dev.admincvq.cli;

import dev.admincvq.model.Progress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;

/** Shows TLC's progress on stderr: states found, states per second, queue. */
final class ProgressLine implements Consumer<Progress> {
  private final PrintWriter err;
  private final String label;
  private final long start = System.nanoTime();

  ProgressLine(PrintWriter err, String label) {
    this.err = err;
    this.label = label;
  }

  @Override
  public void accept(Progress p) {
    double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
    err.println(
        String.format(
            Locale.ROOT,
            "%s: %,d distinct states (%,.0f/s), %,d generated, queue %,d%s",
            label,
            p.distinct(),
            p.distinct() / seconds,
            p.generated(),
            p.queue(),
            p.depth() > 0 ? ", depth " + p.depth() : ""));
  }
}
