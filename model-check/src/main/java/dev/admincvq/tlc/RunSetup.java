package dev.admincvq.tlc;

import dev.admincvq.tlc.answer.RunInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one way every run is set up (check, explore, examine, replay, parse, and a separate TLC
 * process): a run directory of its own (removed afterwards), a copy of the configuration in it,
 * TLC's arguments, and the module search path, the caller's library paths included.
 */
final class RunSetup {
  private RunSetup() {}

  /**
   * A run's directory and what it is started with.
   *
   * @param directory the run's own directory (TLC's metadirectory lies in it), removed afterwards
   * @param input TLC's arguments (none when no configuration is given), the search path, the module
   */
  record RunDirectory(Path directory, RunInput input) {}

  /**
   * What {@code run} answers for {@code spec} (under {@code config}, if given), in a run directory
   * removed afterwards.
   *
   * @param prefix the run directory's name prefix, e.g. {@code admincvq-tlc-}
   * @param workers TLC's worker threads
   * @param libraryPaths further directories searched for the modules the spec extends
   * @param library the project's own library modules
   */
  static <T> T inRunDirectory(
      String prefix,
      Path spec,
      Optional<Path> config,
      int workers,
      List<Path> libraryPaths,
      LibraryModules library,
      Function<RunDirectory, T> run) {
    return inRunDirectory(prefix, spec, config, checking(workers), libraryPaths, library, run);
  }

  /**
   * As above, TLC started in the mode {@code modeArguments} give (checking: {@link #checking};
   * simulating; TLC's distributed server), before the arguments every run has: the configuration
   * copy, the metadirectory, tool mode and the spec.
   */
  static <T> T inRunDirectory(
      String prefix,
      Path spec,
      Optional<Path> config,
      List<String> modeArguments,
      List<Path> libraryPaths,
      LibraryModules library,
      Function<RunDirectory, T> run) {
    Path metaRoot = TempDirectory.create(prefix);
    try {
      List<String> arguments =
          config.isPresent()
              ? arguments(modeArguments, copyConfig(config.get(), metaRoot), metaRoot, spec)
              : List.of();
      List<String> searchPath =
          searchPath(spec, libraryPaths, library.directory(), config.map(c -> metaRoot));
      return run.apply(
          new RunDirectory(
              metaRoot,
              new RunInput(
                  arguments,
                  searchPath,
                  spec.toAbsolutePath().toString(),
                  Interruption::requested)));
    } finally {
      TempDirectory.delete(metaRoot);
    }
  }

  /**
   * TLC's mode for checking with {@code workers} threads. Liveness is checked once, on the whole
   * state graph ({@code -lncheck final}): by default TLC also checks it periodically, on a timer,
   * so on a loaded machine a liveness violation was found earlier, after fewer states, and the
   * counts a manifest records were not repeatable.
   */
  static List<String> checking(int workers) {
    return List.of("-workers", Integer.toString(workers), "-lncheck", "final");
  }

  /**
   * TLC looks a configuration up by its file name on the module search path, spec directory first,
   * so a configuration elsewhere would be shadowed by a same-named file beside the spec (or not
   * found). The run reads a copy under a name no other directory has, in its own metadirectory,
   * without the sections TLC 2.18 does not read ({@link ConfigKeywords}: {@code ALIAS}), their
   * lines left blank so that TLC's line numbers stay the file's.
   */
  private static Path copyConfig(Path config, Path metaRoot) {
    Path copy = metaRoot.resolve("admincvq-run-" + Long.toHexString(System.nanoTime()) + ".cfg");
    try {
      ConfigKeywords keywords = ConfigKeywords.of(config);
      if (keywords.skipped().isEmpty()) {
        Files.copy(config, copy);
      } else {
        Files.writeString(copy, keywords.forTlc(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + config, e);
    }
    return copy;
  }

  /** TLC's command line: the mode, then the configuration copy, in tool mode. */
  private static List<String> arguments(
      List<String> mode, Path configCopy, Path metaRoot, Path spec) {
    List<String> all = new ArrayList<>(mode);
    all.addAll(
        List.of(
            "-config",
            String.valueOf(configCopy.getFileName()),
            "-metadir",
            metaRoot.resolve("states").toString(),
            "-tool",
            spec.toAbsolutePath().toString()));
    return List.copyOf(all);
  }

  /**
   * The spec's directory, then {@code extra}, the project library, the run directory (the config
   * copy, when there is one) and TLC's standard modules ({@link LibraryModules#standard}).
   */
  private static List<String> searchPath(
      Path spec, List<Path> extra, Path library, Optional<Path> metaRoot) {
    List<String> paths = new ArrayList<>();
    Path dir = spec.toAbsolutePath().getParent();
    if (dir != null) {
      paths.add(dir.toString());
    }
    for (Path p : extra) {
      paths.add(p.toAbsolutePath().toString());
    }
    paths.add(library.toString());
    metaRoot.ifPresent(m -> paths.add(m.toString()));
    paths.add(LibraryModules.standard().directory().toString());
    return paths;
  }
}
