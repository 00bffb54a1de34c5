package dev.admincvq.cli;

import dev.admincvq.report.FitWidth;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Map;
import java.util.OptionalInt;
import org.checkerframework.checker.nullness.qual.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --width N}, shared by the commands whose lines are wider than a terminal (matrix rows,
 * prove's lines, the traceability table): lines are fitted to N columns ({@link FitWidth}). Without
 * it, to the terminal's width ({@code COLUMNS}, else 80) when stdout is a terminal; unchanged when
 * it is not, and never with JSON.
 */
final class WidthOption {
  /** A terminal's width when {@code COLUMNS} does not say. */
  private static final int TERMINAL_DEFAULT = 80;

  @Option(
      names = "--width",
      paramLabel = "N",
      description =
          "fit lines to N columns, wider lines wrapped with an indent (default: the terminal's width, COLUMNS or 80, when stdout is a terminal; else unchanged)")
  @Nullable Integer width;

  /**
   * The width to fit to, if any: {@code --width}, else the terminal's when stdout is one.
   *
   * @throws CommandLine.ParameterException when {@code --width} is below {@link FitWidth#MIN_WIDTH}
   */
  OptionalInt columns(CommandLine commandLine, boolean terminal, Map<String, String> env) {
    if (width != null) {
      if (width < FitWidth.MIN_WIDTH) {
        throw new CommandLine.ParameterException(
            commandLine, "--width must be at least " + FitWidth.MIN_WIDTH + ", was " + width);
      }
      return OptionalInt.of(width);
    }
    if (!terminal) {
      return OptionalInt.empty();
    }
    String columns = env.getOrDefault("COLUMNS", "");
    return OptionalInt.of(
        columns.matches("[0-9]{1,5}") && Integer.parseInt(columns) >= FitWidth.MIN_WIDTH
            ? Integer.parseInt(columns)
            : TERMINAL_DEFAULT);
  }

  /** {@code out}, fitted to the width asked for unless {@code json}. */
  PrintWriter fit(CommandLine commandLine, PrintWriter out, boolean json) {
    OptionalInt columns = columns(commandLine, MatrixProgress.onTerminal(), System.getenv());
    if (json || columns.isEmpty()) {
      return out;
    }
    return new PrintWriter(new Fitted(out, columns.getAsInt()), true);
  }

  /** Passes text on line by line, each line fitted. */
  private static final class Fitted extends Writer {
    private final PrintWriter target;
    private final int width;
    private final StringBuilder line = new StringBuilder();

    Fitted(PrintWriter target, int width) {
      this.target = target;
      this.width = width;
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
      for (int i = offset; i < offset + length; i++) {
        char c = buffer[i];
        if (c == '\n') {
          emit();
        } else if (c != '\r') {
          line.append(c);
        }
      }
    }

    private void emit() {
      FitWidth.wrap(line.toString(), width).forEach(target::println);
      line.setLength(0);
    }

    @Override
    public void flush() {
      target.flush();
    }

    @Override
    public void close() {
      if (line.length() > 0) {
        emit();
      }
      target.flush();
    }
  }
}
