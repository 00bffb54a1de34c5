package dev.admincvq.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import dev.admincvq.model.Problem;
import dev.admincvq.model.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A model manifest ({@code spec-tla/models/manifest.json}), in the manner of tlaplus/Examples: a
 * JSON array with one object per model recording its expected verdict and state counts.
 */
public record Manifest(Path file, List<ModelEntry> models) {
  public Manifest {
    models = List.copyOf(models);
  }

  /** A manifest that cannot be read: the file, the position and what is wrong. */
  public static final class ManifestException extends Exception {
    private static final long serialVersionUID = 1L;
    private final Problem problem;

    public ManifestException(Problem problem) {
      super(problem.toString());
      this.problem = problem;
    }

    public Problem problem() {
      return problem;
    }
  }

  /**
   * Reads a manifest. Paths in it ({@code spec}, {@code config}, {@code libraryPaths}) are relative
   * to the directory above the manifest's own ({@code spec-tla/} for {@code
   * spec-tla/models/manifest.json}).
   */
  public static Manifest read(Path file) throws ManifestException {
    JsonNode root = JsonFiles.readArray(file, "models");
    Path dir = file.toAbsolutePath().getParent();
    Path base = dir == null || dir.getParent() == null ? Path.of(".") : dir.getParent();
    List<ModelEntry> models = new ArrayList<>();
    int index = 0;
    for (JsonNode node : root) {
      models.add(entry(file, base, index++, node));
    }
    return new Manifest(file, models);
  }

  private static ModelEntry entry(Path file, Path base, int index, JsonNode node)
      throws ManifestException {
    String where = "model #" + (index + 1);
    String name = text(file, node, "model", where);
    where = "model " + name;
    String expectedText = text(file, node, "expected", where);
    Verdict expected =
        Verdict.fromLabel(expectedText)
            .orElseThrow(
                () -> invalid(file, name + ": unknown expected result \"" + expectedText + "\""));
    Map<String, String> options = new LinkedHashMap<>();
    JsonNode opts = node.path("options");
    for (Map.Entry<String, JsonNode> option : opts.properties()) {
      options.put(option.getKey(), optionText(option.getValue()));
    }
    Path spec = base.resolve(text(file, node, "spec", where));
    Path config = base.resolve(text(file, node, "config", where));
    Map<String, Integer> bounds = new LinkedHashMap<>();
    JsonNode bound = node.path("bounds");
    if (!bound.isObject()) {
      throw invalid(
          file,
          where
              + ": missing object field \"bounds\" (e.g. {\"MaxVFs\": 1, \"CmdId\": 2}; {} if none)");
    }
    for (Map.Entry<String, JsonNode> b : bound.properties()) {
      if (!b.getValue().canConvertToInt() || b.getValue().asInt() < 0) {
        throw invalid(file, where + ": bound \"" + b.getKey() + "\" is not a natural number");
      }
      bounds.put(b.getKey(), b.getValue().asInt());
    }
    Map<String, String> guarantees = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> g : node.path("guarantees").properties()) {
      guarantees.put(g.getKey(), g.getValue().asText());
    }
    List<Path> libraryPaths = new ArrayList<>();
    for (JsonNode dir : node.path("libraryPaths")) {
      libraryPaths.add(base.resolve(dir.asText()).normalize());
    }
    JsonNode violated = node.path("violated");
    JsonNode trace = node.path("traceLength");
    return new ModelEntry(
        name,
        spec,
        config,
        libraryPaths,
        options,
        bounds,
        node.path("matrix").asBoolean(true),
        expected,
        violated.isTextual() ? Optional.of(violated.asText()) : Optional.empty(),
        number(file, node, "distinctStates", where),
        number(file, node, "totalStates", where),
        (int) number(file, node, "stateDepth", where),
        trace.isNumber() ? OptionalInt.of(trace.asInt()) : OptionalInt.empty(),
        node.path("why").asText(""),
        guarantees);
  }

  private static String optionText(JsonNode value) {
    if (value.isBoolean()) {
      return value.asBoolean() ? "in order" : "any order";
    }
    return value.asText();
  }

  private static String text(Path file, JsonNode node, String field, String where)
      throws ManifestException {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw invalid(file, where + ": missing text field \"" + field + "\"");
    }
    return v.asText();
  }

  private static long number(Path file, JsonNode node, String field, String where)
      throws ManifestException {
    JsonNode v = node.get(field);
    if (v == null || !v.canConvertToLong()) {
      throw invalid(file, where + ": missing number field \"" + field + "\"");
    }
    return v.asLong();
  }

  private static ManifestException invalid(Path file, String message) {
    return new ManifestException(Problem.inFile(file.toString(), message));
  }
}
