package dev.admincvq.validate;

import java.nio.file.Path;

/** A trace file that is not a trace: names the file, line and column. */
public final class TraceFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * @param file the trace file
   * @param line 1-based line
   * @param column 1-based column (1 when the whole line is at fault)
   * @param message what is wrong, without the position
   */
  public TraceFormatException(Path file, int line, int column, String message) {
    super(file + ":" + line + ":" + column + ": " + message);
  }
}
