package dev.admincvq.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The comparison behind every generated doc bites on a stale copy and tolerates only what it masks.
 */
class GeneratedDocTest {
  @Test
  void aStaleCopyFailsNamingTheFileAndTheCommandThatRegeneratesIt() throws IOException {
    Path file =
        Files.createTempFile(GeneratedDoc.ROOT.resolve("model-check/target"), "stale-", ".md");
    try {
      Files.writeString(file, "old table\n", StandardCharsets.UTF_8);
      String relative = GeneratedDoc.ROOT.relativize(file).toString();
      AssertionFailedError e =
          assertThrows(
              AssertionFailedError.class,
              () ->
                  new GeneratedDoc(relative, "./admincvq properties > x.md", s -> s, false)
                      .assertCommittedCopyIs("new table\n"));
      String message = String.valueOf(e.getMessage());
      assertTrue(
          message.startsWith(
              relative + " is stale: regenerate it with ./admincvq properties > x.md"),
          message);
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void aRewriteWritesTheGeneratedTextInsteadOfComparing() throws IOException {
    Path file =
        Files.createTempFile(GeneratedDoc.ROOT.resolve("model-check/target"), "rewritten-", ".md");
    try {
      Files.writeString(file, "old table\n", StandardCharsets.UTF_8);
      String relative = GeneratedDoc.ROOT.relativize(file).toString();
      new GeneratedDoc(relative, "regen", s -> s, true).assertCommittedCopyIs("new table\n");
      assertEquals("new table\n", Files.readString(file, StandardCharsets.UTF_8));
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void aMaskedTimeIsTheOnlyDifferenceTolerated() throws IOException {
    Path file =
        Files.createTempFile(GeneratedDoc.ROOT.resolve("model-check/target"), "timed-", ".md");
    try {
      Files.writeString(file, "took 1.4 s\n", StandardCharsets.UTF_8);
      String relative = GeneratedDoc.ROOT.relativize(file).toString();
      GeneratedDoc timed =
          new GeneratedDoc(relative, "regen", s -> s.replaceAll("\\d+\\.\\d s", "N s"), false);
      timed.assertCommittedCopyIs("took 2.7 s\n");
      assertThrows(
          AssertionFailedError.class, () -> timed.assertCommittedCopyIs("took 2.7 s, 3 runs\n"));
    } finally {
      Files.delete(file);
    }
  }
}
