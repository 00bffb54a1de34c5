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

/**
 * The project's own TLA+ library modules ({@code spec-tla/lib}: {@code TLAPS.tla} and helpers),
 * packaged with this program under {@code tla-lib/} so that any spec that extends them checks,
 * wherever it lies. From a jar they are copied once per process into a temporary directory.
 */
final class LibraryModules {
  static final String RESOURCE_DIR = "tla-lib";
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

  /** Lazily extracted once: the modules are constants of the program, not state. */
  private static final class Holder {
    static final LibraryModules INSTANCE = new LibraryModules(locate());
  }

  private static Path locate() {
    URL marker = LibraryModules.class.getResource("/" + RESOURCE_DIR + "/TLAPS.tla");
    if (marker == null) {
      throw new IllegalStateException("the library modules (" + RESOURCE_DIR + "/) are not packaged");
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
      return extract(uri);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("unusable location of the library modules: " + marker, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack the library modules", e);
    }
  }

  private static Path extract(URI inJar) throws IOException {
    Path target = Files.createTempDirectory("admincvq-tla-lib-");
    target.toFile().deleteOnExit();
    try (FileSystem jar = FileSystems.newFileSystem(inJar, Map.of())) {
      Path source = jar.getPath("/" + RESOURCE_DIR);
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
