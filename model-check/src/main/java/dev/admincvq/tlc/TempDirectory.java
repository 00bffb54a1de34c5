package dev.admincvq.tlc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Temporary directories of one run (metadirs, derived configurations), created and removed whole.
 * Those not yet removed are remembered, so that an interrupted JVM removes them on its way out
 * ({@link #deleteAllLeft()}).
 */
public final class TempDirectory {
  private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

  private TempDirectory() {}

  /**
   * A new, empty directory under the system's temporary directory, named {@code prefix}, this
   * process's id and a dash, then a random part: so a process (or a test) can tell its own
   * directories from another's running beside it.
   */
  public static Path create(String prefix) {
    try {
      Path dir = Files.createTempDirectory(prefix + ProcessHandle.current().pid() + "-");
      LIVE.add(dir);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary directory", e);
    }
  }

  /** Removes {@code root} and everything under it; nothing if it does not exist. */
  public static void delete(Path root) {
    LIVE.remove(root);
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

  /**
   * Copies the tree under {@code from} to {@code to} (created with its parents), files and
   * directories alike: a temporary copy of a checkout's directory to change or to run from.
   *
   * @throws UncheckedIOException if a file cannot be read or written
   */
  public static void copyTree(Path from, Path to) {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + from + " to " + to, e);
    }
  }

  /**
   * Removes every directory {@link #create} made that is not removed yet (on an interrupt, after
   * the runs were asked to stop); one that cannot be removed is left, the others are still removed.
   *
   * @return the directories that could not be removed
   */
  public static List<Path> deleteAllLeft() {
    List<Path> left = new ArrayList<>();
    for (Path dir : List.copyOf(LIVE)) {
      try {
        delete(dir);
      } catch (UncheckedIOException e) {
        left.add(dir);
      }
    }
    return List.copyOf(left);
  }
}
