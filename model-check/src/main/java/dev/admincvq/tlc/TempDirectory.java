package dev.admincvq.tlc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Temporary directories of one run (metadirs, derived configurations), created and removed whole. */
public final class TempDirectory {
  private TempDirectory() {}

  /**
   * A new, empty directory under the system's temporary directory, named {@code prefix}, this
   * process's id and a dash, then a random part: so a process (or a test) can tell its own
   * directories from another's running beside it.
   */
  public static Path create(String prefix) {
    try {
      return Files.createTempDirectory(prefix + ProcessHandle.current().pid() + "-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary directory", e);
    }
  }

  /** Removes {@code root} and everything under it; nothing if it does not exist. */
  public static void delete(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + root, e);
    }
  }
}
