package dev.admincvq.tlc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * TLA+ modules packaged in a jar and put on every run's search path: the project's own library
 * ({@code spec-tla/lib}: {@code TLAPS.tla} and helpers, packaged under {@code tla-lib/}) so that
 * any spec that extends them checks wherever it lies, and TLC's standard modules. From a jar they
 * are copied once per process into a temporary directory of that process.
 */
final class LibraryModules {
  static final String RESOURCE_DIR = "tla-lib";
  private static final String STANDARD_DIR = "tla2sany/StandardModules";
  private final Path directory;

  private LibraryModules(Path directory) {
    this.directory = directory;
  }

  Path directory() {
    return directory;
  }

  /** The modules bundled with this program. */
  static LibraryModules bundled() {
    return Holder.INSTANCE;
  }

  /**
   * TLC's standard modules ({@code Naturals}, {@code Sequences}, ...), the texts TLC ships in its
   * jar. Finding them only in its jar, TLC copies each into the JVM-wide temporary directory
   * ({@code java.io.tmpdir}) at every parse, where two runs at once (the two sides of a review, two
   * processes) overwrite the file the other's parser is reading. Last on the search path, as TLC's
   * own copies are, they are read from here instead: the same texts, never rewritten.
   */
  static LibraryModules standard() {
    return StandardHolder.INSTANCE;
  }

  /** Lazily extracted once: the modules are constants of the program, not state. */
  private static final class Holder {
    static final LibraryModules INSTANCE =
        new LibraryModules(
            locate(
                LibraryModules.class.getResource("/" + RESOURCE_DIR + "/TLAPS.tla"), RESOURCE_DIR));
  }

  private static final class StandardHolder {
    static final LibraryModules INSTANCE =
        new LibraryModules(
            locate(
                LibraryModules.class.getResource("/" + STANDARD_DIR + "/Naturals.tla"),
                STANDARD_DIR));
  }

  private static Path locate(@Nullable URL marker, String resourceDir) {
    if (marker == null) {
      throw new IllegalStateException("the modules of " + resourceDir + "/ are not packaged");
    }
    try {
      URI uri = marker.toURI();
      if ("file".equals(uri.getScheme())) {
        Path dir = Path.of(uri).getParent();
        if (dir == null) {
          throw new IllegalStateException("library modules have no directory");
        }
        return dir;
      }
      return extract(uri, resourceDir);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("unusable location of the library modules: " + marker, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack the library modules", e);
    }
  }

  private static Path extract(URI inJar, String resourceDir) throws IOException {
    Path target = Files.createTempDirectory("admincvq-" + resourceDir.replace('/', '-') + "-");
    target.toFile().deleteOnExit();
    try (FileSystem jar = FileSystems.newFileSystem(inJar, Map.of())) {
      Path source = jar.getPath("/" + resourceDir);
      List<Path> modules;
      try (Stream<Path> files = Files.list(source)) {
        modules = files.filter(p -> p.toString().endsWith(".tla")).toList();
      }
      for (Path module : modules) {
        Path copy = target.resolve(String.valueOf(module.getFileName()));
        try (InputStream in = Files.newInputStream(module)) {
          Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        copy.toFile().deleteOnExit();
      }
    }
    return target;
  }
}
