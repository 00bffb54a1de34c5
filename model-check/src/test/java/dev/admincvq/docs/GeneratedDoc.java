package dev.admincvq.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * A file under {@code docs/} that a command generates: a test compares the committed copy with what
 * the command prints now, and fails naming how to regenerate it. Run with {@code
 * -Dadmincvq.regenerateDocs=true} to write the command's output instead of comparing.
 *
 * @param file the committed copy, relative to the project root
 * @param regenerate the command that rewrites it, for the failure message
 * @param volatileParts masks what legitimately differs from run to run (a time), applied to both
 *     sides
 * @param rewrite whether to write the generated text instead of comparing (the system property
 *     {@value #REGENERATE} set to {@code true})
 */
public record GeneratedDoc(
    String file, String regenerate, UnaryOperator<String> volatileParts, boolean rewrite) {
  /** The project root, as the build passes it (the launcher's {@code admincvq.root}). */
  public static final Path ROOT = Path.of(System.getProperty("admincvq.root", ".."));

  /** The system property that turns the comparison into a rewrite. */
  public static final String REGENERATE = "admincvq.regenerateDocs";

  /**
   * A generated file compared after masking {@code volatileParts}, or rewritten when the build
   * asks.
   */
  public static GeneratedDoc of(
      String file, String regenerate, UnaryOperator<String> volatileParts) {
    return new GeneratedDoc(file, regenerate, volatileParts, Boolean.getBoolean(REGENERATE));
  }

  /** A generated file whose every byte is compared, or rewritten when the build asks. */
  public static GeneratedDoc exact(String file, String regenerate) {
    return of(file, regenerate, UnaryOperator.identity());
  }

  /** The marker that ends every generated block of a hand-written page. */
  public static final String END = "<!-- generated: end -->\n";

  /**
   * {@code page} with the text between the line {@code begin} and the next {@link #END} replaced by
   * {@code content}; fails when the page has no such block.
   */
  public static String withBlock(String page, String begin, String content) {
    int from = page.indexOf(begin);
    int to = from < 0 ? -1 : page.indexOf(END, from);
    if (from < 0 || to < 0) {
      throw new AssertionError("no generated block " + begin.strip() + " ... " + END.strip());
    }
    return page.substring(0, from + begin.length()) + content + page.substring(to);
  }

  /** The committed copy as it is, empty when it does not exist. */
  public String committed() {
    Path path = ROOT.resolve(file);
    try {
      return Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fails when the committed copy differs from {@code generated}; rewrites it when asked to. */
  public void assertCommittedCopyIs(String generated) {
    Path path = ROOT.resolve(file);
    try {
      if (rewrite) {
        Files.writeString(path, generated, StandardCharsets.UTF_8);
        return;
      }
      assertEquals(
          volatileParts.apply(generated),
          volatileParts.apply(committed()),
          file + " is stale: regenerate it with " + regenerate);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
