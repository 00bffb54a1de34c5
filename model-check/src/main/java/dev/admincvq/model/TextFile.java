package dev.admincvq.model;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * An input file the user names (a trace, a scenario) read as UTF-8 text, or one line saying why
 * not: {@code FILE: no such file}, {@code FILE: cannot read: ...}, or {@code FILE:LINE:COLUMN: not
 * UTF-8 text} at the first byte that is no UTF-8 character or is NUL (a binary file).
 */
public final class TextFile {
  private TextFile() {}

  /** A file that cannot be read as text; the message is the one line to show. */
  public static final class Unreadable extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    Unreadable(String message, Throwable cause) {
      super(message, cause);
    }

    Unreadable(String message) {
      super(message);
    }
  }

  /**
   * The file's text.
   *
   * @throws Unreadable if it is missing, cannot be read or is not UTF-8 text
   */
  public static String read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new Unreadable(file + ": no such file", e);
    } catch (IOException e) {
      throw new Unreadable(file + ": cannot read: " + e.getMessage(), e);
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      String replaced = new String(bytes, StandardCharsets.UTF_8);
      int nul = replaced.indexOf('\0');
      int bad = replaced.indexOf('\uFFFD');
      throw notText(file, replaced, Math.max(0, nul >= 0 && (bad < 0 || nul < bad) ? nul : bad));
    }
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      throw notText(file, text, nul);
    }
    return text;
  }

  private static Unreadable notText(Path file, String text, int at) {
    String before = text.substring(0, at);
    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
    int column = at - before.lastIndexOf('\n');
    return new Unreadable(file + ":" + line + ":" + column + ": not UTF-8 text (a binary file?)");
  }
}
