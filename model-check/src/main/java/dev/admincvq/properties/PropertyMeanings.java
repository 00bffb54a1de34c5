package dev.admincvq.properties;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the invariants and properties a model checks mean, read from the comments of the modules
 * that define them: the same comments, and the same quoted statements in them, that the
 * traceability table ({@code admincvq properties}) reports. Nothing is written down twice.
 */
public final class PropertyMeanings {
  private PropertyMeanings() {}

  /**
   * One definition's meaning.
   *
   * @param name the definition's name ({@code NoStaleEffect})
   * @param module the module file that defines it
   * @param line the 1-based line of its definition there
   * @param comment its comment, white space collapsed ({@code ""} when it has none)
   * @param quotes the statements the comment quotes, each with its source
   */
  public record Meaning(String name, Path module, int line, String comment, List<Citation> quotes) {
    public Meaning {
      quotes = List.copyOf(quotes);
    }
  }

  /**
   * The meaning of each of {@code names} that one of {@code modules} defines: from the first
   * module, in the order given, that defines it with a comment, else the first that defines it.
   * Names that no module defines are left out.
   *
   * @param modules the module files of a spec, the spec's own first
   * @throws IOException if a module cannot be read
   */
  public static Map<String, Meaning> of(List<Path> modules, Collection<String> names)
      throws IOException {
    Map<String, Meaning> out = new LinkedHashMap<>();
    for (Path module : modules) {
      SpecDefinitions definitions =
          SpecDefinitions.scan(Files.readString(module, StandardCharsets.UTF_8));
      for (String name : names) {
        Optional<SpecDefinitions.Definition> d = definitions.get(name);
        Meaning known = out.get(name);
        if (d.isPresent() && (known == null || known.comment().isEmpty())) {
          String comment = d.get().comment();
          out.put(
              name,
              new Meaning(
                  name, module, d.get().line(), comment, PropertyComments.citations(comment)));
        }
      }
    }
    Map<String, Meaning> ordered = new LinkedHashMap<>();
    for (String name : names) {
      Meaning m = out.get(name);
      if (m != null) {
        ordered.put(name, m);
      }
    }
    return ordered;
  }
}
