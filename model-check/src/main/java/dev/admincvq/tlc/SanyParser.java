package dev.admincvq.tlc;

import dev.admincvq.model.Problem;
import dev.admincvq.tlc.answer.ParseAnswer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses TLA+ modules with SANY, TLC's front end (syntax, semantic and level analysis), without
 * checking any model. Each parse runs in a fresh class loader, as every TLC run does ({@link
 * IsolatedTlc}): SANY keeps its symbol tables in statics.
 */
public final class SanyParser {
  private final IsolatedTlc tlc;
  private final LibraryModules library;

  private SanyParser(IsolatedTlc tlc, LibraryModules library) {
    this.tlc = tlc;
    this.library = library;
  }

  /** A parser using this application's TLC and the bundled library modules. */
  public static SanyParser create() {
    return new SanyParser(IsolatedTlc.fromApplicationClassPath(), LibraryModules.bundled());
  }

  /**
   * What SANY made of one module.
   *
   * @param module the file parsed
   * @param modules the modules SANY loaded for it (itself, those it extends or instantiates, and
   *     theirs), by name
   * @param problem the first parse or semantic error, with its file and position where SANY gives
   *     one; empty when the module parsed
   * @param constantDefinitions the definitions without parameters the module sees (its own and
   *     those of the modules it extends, not TLC's standard modules'), each name with its body as
   *     SANY reads it, tokens separated by single spaces; empty when the module did not parse
   */
  public record Result(
      Path module,
      List<String> modules,
      Optional<Problem> problem,
      Map<String, String> constantDefinitions) {
    public Result {
      modules = List.copyOf(modules);
      constantDefinitions = Map.copyOf(constantDefinitions);
    }

    /** SANY found no error. */
    public boolean parsed() {
      return problem.isEmpty();
    }

    /**
     * The files of {@link #modules}, each looked up as the parse did: in the module's own
     * directory, then in {@code libraryPaths}; absolute and normalized, in the order SANY loaded
     * them. Modules found in neither (TLC's standard modules, the project's library) are left out.
     */
    public List<Path> files(List<Path> libraryPaths) {
      List<Path> dirs = new ArrayList<>();
      Path own = module.toAbsolutePath().normalize().getParent();
      if (own != null) {
        dirs.add(own);
      }
      libraryPaths.forEach(p -> dirs.add(p.toAbsolutePath().normalize()));
      List<Path> out = new ArrayList<>();
      for (String name : modules) {
        dirs.stream()
            .map(d -> d.resolve(name + ".tla"))
            .filter(Files::isRegularFile)
            .findFirst()
            .ifPresent(out::add);
      }
      return List.copyOf(out);
    }
  }

  /**
   * Parses {@code module}, looking up the modules it extends in its own directory, then in {@code
   * libraryPaths}, then in the project's library ({@code TLAPS.tla}), then among TLC's standard
   * modules.
   */
  public Result parse(Path module, List<Path> libraryPaths) {
    if (!Files.isRegularFile(module)) {
      return new Result(
          module,
          List.of(),
          Optional.of(Problem.inFile(module.toString(), "no such file")),
          Map.of());
    }
    ParseAnswer answer =
        RunSetup.inRunDirectory(
                "admincvq-parse-",
                module,
                Optional.empty(),
                1,
                libraryPaths,
                library,
                dir -> tlc.parse(dir.input()))
            .answer();
    if (answer.ok()) {
      return new Result(module, answer.modules(), Optional.empty(), answer.constantDefinitions());
    }
    return new Result(
        module,
        answer.modules(),
        Optional.of(ProblemLocator.locate(module, module, answer.output(), answer.crash())),
        Map.of());
  }
}
