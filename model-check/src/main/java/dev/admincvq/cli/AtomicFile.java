package dev.admincvq.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file whole or not at all: to a temporary file beside it, then renamed into place. The
 * file gets the permissions of any new file (0666 less the umask), not a temporary file's 0600.
 */
final class AtomicFile {
  private AtomicFile() {}

  static void write(Path target, String content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new IOException(target + ": no such directory");
    }
    Path tmp = create(dir);
    try {
      Files.writeString(tmp, content, StandardCharsets.UTF_8);
      Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * A new, empty file in {@code dir} under a name no other has; {@code Files.createFile} without
   * attributes lets the umask decide its mode, where {@code Files.createTempFile} would make it 0600.
   */
  private static Path create(Path dir) throws IOException {
    while (true) {
      Path tmp = dir.resolve(".admincvq-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
      try {
        return Files.createFile(tmp);
      } catch (FileAlreadyExistsException taken) {
        // another name
      }
    }
  }
}
