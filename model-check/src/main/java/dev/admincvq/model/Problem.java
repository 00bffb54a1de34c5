package dev.admincvq.model;

/**
 * Why a check could not run: a missing file, a parse or semantic error, a bad configuration.
 *
 * @param file the file at fault, as the user named it
 * @param line 1-based line, or 0 when the problem has no position
 * @param column 1-based column, or 0 when the problem has no position
 * @param message one line, no stack trace
 */
public record Problem(String file, int line, int column, String message) {

  /** A problem with a whole file rather than a position in it. */
  public static Problem inFile(String file, String message) {
    return new Problem(file, 0, 0, message);
  }

  /** {@code file:line:column: message}, the form compilers use. */
  @Override
  public String toString() {
    if (line > 0) {
      return file + ":" + line + ":" + column + ": " + message;
    }
    return file + ": " + message;
  }
}
