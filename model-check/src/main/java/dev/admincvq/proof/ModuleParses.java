package dev.admincvq.proof;

import dev.admincvq.tlc.SanyParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every TLA+ module of {@code spec-tla/} (with {@code lib/}) and {@code proofs/}, parsed by SANY.
 */
public final class ModuleParses {
  private ModuleParses() {}

  /** The directories whose modules are parsed, relative to the project root. */
  static final List<String> DIRECTORIES = List.of("spec-tla", "proofs");

  /** The {@code .tla} files under the project's spec and proof directories, in path order. */
  public static List<Path> modules(Path root) throws IOException {
    List<Path> all = new java.util.ArrayList<>();
    for (String dir : DIRECTORIES) {
      Path base = root.resolve(dir);
      if (!Files.isDirectory(base)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(base)) {
        files
            .filter(p -> String.valueOf(p.getFileName()).endsWith(".tla"))
            .sorted()
            .forEach(all::add);
      }
    }
    return List.copyOf(all);
  }

  /**
   * Parses each module with SANY; the modules of {@code proofs/} find those of {@code spec-tla/}
   * (and its {@code lib/}) as {@code TLC} does with {@code -DTLA-Library}.
   */
  public static List<SanyParser.Result> parseAll(Path root, SanyParser parser) throws IOException {
    List<Path> library = List.of(root.resolve("spec-tla"), root.resolve("spec-tla/lib"));
    return modules(root).stream().map(m -> parser.parse(m, library)).toList();
  }
}
