package dev.admincvq.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file whole or not at all: to a temporary file beside it, then renamed into place. The
 * file gets the permissions of any new file (0666 less the umask), not a temporary file's 0600. A
 * temporary file still there when the CLI is interrupted is removed by {@link #deleteAllLeft}
 * ({@link ShutdownOnSignal}).
 */
final class AtomicFile {
  /** The temporary files being written, not yet renamed or removed. */
  private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

  private AtomicFile() {}

  /**
   * Removes every temporary file a write has not renamed or removed yet (on an interrupt).
   *
   * @return those that could not be removed
   */
  static List<Path> deleteAllLeft() {
    List<Path> left = new ArrayList<>();
    for (Path tmp : List.copyOf(LIVE)) {
      try {
        Files.deleteIfExists(tmp);
        LIVE.remove(tmp);
      } catch (IOException e) {
        left.add(tmp);
      }
    }
    return List.copyOf(left);
  }

  static void write(Path target, String content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new IOException(target + ": no such directory");
    }
    Path tmp = create(dir);
    try {
      Files.writeString(tmp, content, StandardCharsets.UTF_8);
      Files.move(
          tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
      LIVE.remove(tmp);
    }
  }

  /**
   * A new, empty file in {@code dir} under a name no other has; {@code Files.createFile} without
   * attributes lets the umask decide its mode, where {@code Files.createTempFile} would make it
   * 0600.
   */
  static Path create(Path dir) throws IOException {
    while (true) {
      Path tmp =
          dir.resolve(
              ".admincvq-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
      try {
        LIVE.add(tmp); // before it exists: an interrupt between the two still finds it
        return Files.createFile(tmp);
      } catch (FileAlreadyExistsException taken) {
        LIVE.remove(tmp);
        // another name
      }
    }
  }
}
