package dev.admincvq.cli;

import dev.admincvq.model.Progress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * {@code matrix}'s progress on stderr: one line per model as it finishes, with its place ("model 7
 * of 29"), fit for a log; on a terminal also a live line, rewritten in place every few seconds,
 * with the states a model being checked has reached (models checked at once share the line in
 * turn).
 */
final class MatrixProgress {
  private static final String CLEAR_LINE = "\r\033[K";

  private final PrintWriter err;
  private final boolean terminal;
  private final int total;
  private int done;
  private boolean liveShown;

  /**
   * @param terminal whether stderr is a terminal (then the live line is shown)
   * @param total how many models this phase checks
   */
  MatrixProgress(PrintWriter err, boolean terminal, int total) {
    this.err = err;
    this.terminal = terminal;
    this.total = total;
  }

  /**
   * Whether this JVM's console is a terminal (standard input and output; stderr is taken as it). On
   * Java 17, the project's, {@code System.console()} is null unless both are; Java 22 returns a
   * console regardless and adds {@code Console.isTerminal()} for this.
   */
  @SuppressWarnings("SystemConsoleNull") // Java 17's meaning of null is the one wanted here
  static boolean onTerminal() {
    return System.console() != null;
  }

  /** For the model being checked, named {@code name}: TLC's figures shown on the live line. */
  Consumer<Progress> live(String name) {
    return p -> {
      if (terminal) {
        synchronized (this) {
          err.print(
              String.format(
                  Locale.ROOT,
                  "%s%d of %d models done; %s: %,d states so far",
                  CLEAR_LINE,
                  done,
                  total,
                  name,
                  p.distinct()));
          err.flush();
          liveShown = true;
        }
      }
    };
  }

  /** The model named {@code name} has finished: its line, {@code what} saying how it came out. */
  synchronized void finished(String name, String what) {
    done++;
    if (liveShown) {
      err.print(CLEAR_LINE);
      liveShown = false;
    }
    err.println(
        String.format(
            Locale.ROOT, "checked %-48s %-16s (model %d of %d)", name, what, done, total));
  }
}
