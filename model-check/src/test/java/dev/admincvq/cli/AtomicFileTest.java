package dev.admincvq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output file is written whole or not at all, and an interrupt leaves no temporary file. */
class AtomicFileTest {
  @Test
  void aWriteLeavesTheFileAndNoTemporaryFile(@TempDir Path dir) throws IOException {
    AtomicFile.write(dir.resolve("report.md"), "text");
    assertEquals("text", Files.readString(dir.resolve("report.md")));
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(List.of("report.md"), s.map(p -> String.valueOf(p.getFileName())).toList());
    }
  }

  @Test
  void theTemporaryFileOfAWriteCutShortIsRemovedOnShutdown(@TempDir Path dir) throws IOException {
    Path tmp = AtomicFile.create(dir); // as a write has it when the signal comes
    assertTrue(Files.exists(tmp));
    assertEquals(List.of(), AtomicFile.deleteAllLeft());
    assertFalse(Files.exists(tmp), tmp + " left");
  }
}
