package dev.admincvq.tlc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What every isolated run is started with: its configuration copy, TLC's arguments, the module search path. */
final class RunSetup {
  private RunSetup() {}

  /**
   * TLC looks a configuration up by its file name on the module search path, spec directory first,
   * so a configuration elsewhere would be shadowed by a same-named file beside the spec (or not
   * found). The run reads a copy under a name no other directory has, in its own metadirectory.
   */
  static Path copyConfig(Path config, Path metaRoot) {
    Path copy = metaRoot.resolve("admincvq-run-" + Long.toHexString(System.nanoTime()) + ".cfg");
    try {
      Files.copy(config, copy);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + config, e);
    }
    return copy;
  }

  /** TLC's command line for checking {@code spec} under the configuration copy, in tool mode. */
  static String[] arguments(int workers, Path configCopy, Path metaRoot, Path spec) {
    return new String[] {
      "-workers", Integer.toString(workers),
      "-config", String.valueOf(configCopy.getFileName()),
      "-metadir", metaRoot.resolve("states").toString(),
      "-tool",
      spec.toAbsolutePath().toString()
    };
  }

  /**
   * The spec's directory, then {@code extra}, the project library, the metadirectory (the config
   * copy) and TLC's standard modules ({@link LibraryModules#standard}).
   */
  static String[] searchPath(Path spec, List<Path> extra, Path library, Path metaRoot) {
    List<String> paths = new ArrayList<>();
    Path dir = spec.toAbsolutePath().getParent();
    if (dir != null) {
      paths.add(dir.toString());
    }
    for (Path p : extra) {
      paths.add(p.toAbsolutePath().toString());
    }
    paths.add(library.toString());
    paths.add(metaRoot.toString());
    paths.add(LibraryModules.standard().directory().toString());
    return paths.toArray(new String[0]);
  }
}
