package dev.admincvq.properties;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.admincvq.matrix.Manifest;
import dev.admincvq.matrix.ModelConfig;
import dev.admincvq.matrix.ModelEntry;
import dev.admincvq.model.Problem;
import dev.admincvq.model.Verdict;
import dev.admincvq.proof.Theorem;
import dev.admincvq.proof.TheoremFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The traceability table, generated: each property of the spec -> the statements its comment quotes
 * -> the models that check it -> the tests that assert it.
 *
 * <p>A model checks a property when its configuration lists it ({@code INVARIANT(S)} or {@code
 * PROPERTY/PROPERTIES}), or when it is a model of a theorem of {@code proofs/theorems.json} whose
 * statement names the property. Its manifest's recorded outcome says whether it decides the
 * property: it holds (the model succeeds), it is violated (the model's counterexample is to this
 * property), or undecided (TLC stops at another property's counterexample first).
 *
 * <p>A test asserts a property when (a) its code, comments aside, names the property (reported as
 * the test method that does), or (b) it runs every model of a manifest and asserts each gives the
 * outcome recorded there (its code names the manifest's path and calls {@code asExpected()}), and a
 * model of that manifest decides the property.
 *
 * @param spec the module the properties come from
 * @param rows one per property, in the order the spec defines them
 */
public record Traceability(Path spec, List<Row> rows) implements PrintedTable {
  public Traceability {
    rows = List.copyOf(rows);
  }

  /** One property and what traces to it. */
  public record Row(SpecProperty property, List<ModelCheck> models, List<TestReference> tests) {
    public Row {
      models = List.copyOf(models);
      tests = List.copyOf(tests);
    }
  }

  /**
   * Where the table is generated from.
   *
   * @param root the project root; manifests and specs are named relative to it
   * @param spec the module whose properties are traced
   * @param manifests the model manifests (e.g. {@code spec-tla/models/manifest.json})
   * @param theorems {@code proofs/theorems.json}, if the project has one
   * @param testRoots directories of test sources, searched recursively for {@code .java} files
   */
  public record Sources(
      Path root, Path spec, List<Path> manifests, Optional<Path> theorems, List<Path> testRoots) {
    public Sources {
      manifests = List.copyOf(manifests);
      testRoots = List.copyOf(testRoots);
    }

    /**
     * The project's own sources: {@code spec-tla/AdminCvqActors.tla} (the spec the answer comes
     * from), the manifests of {@code spec-tla/models} and {@code proofs/models}, {@code
     * proofs/theorems.json}, and the tests of {@code model-check} and {@code reference}; those that
     * do not exist are left out. Only models and theorems of that spec are traced ({@link
     * #ofSpec}).
     */
    public static Sources project(Path root) {
      List<Path> manifests =
          Stream.of("spec-tla/models/manifest.json", "proofs/models/manifest.json")
              .map(root::resolve)
              .filter(Files::isRegularFile)
              .toList();
      Path theorems = root.resolve("proofs/theorems.json");
      List<Path> tests =
          Stream.of("model-check/src/test/java", "reference/src/test/java")
              .map(root::resolve)
              .filter(Files::isDirectory)
              .toList();
      return new Sources(
          root,
          root.resolve("spec-tla/AdminCvqActors.tla"),
          manifests,
          Files.isRegularFile(theorems) ? Optional.of(theorems) : Optional.empty(),
          tests);
    }
  }

  /**
   * Generates the table.
   *
   * @throws Manifest.ManifestException if the spec, a manifest, a configuration or the theorems
   *     cannot be read (the problem names the file)
   */
  public static Traceability of(Sources sources) throws Manifest.ManifestException {
    List<SpecProperty> properties;
    try {
      properties = PropertyComments.parse(Files.readString(sources.spec(), StandardCharsets.UTF_8));
    } catch (IOException | UncheckedIOException e) {
      throw problem(sources.spec(), "cannot read: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw problem(sources.spec(), String.valueOf(e.getMessage()));
    }
    List<Checked> checked = new ArrayList<>();
    for (Path file : sources.manifests()) {
      String rel = relative(sources.root(), file);
      for (ModelEntry e : Manifest.read(file).models()) {
        if (!ofSpec(e.spec(), sources.spec())) {
          continue;
        }
        ModelConfig cfg;
        try {
          cfg = ModelConfig.parse(Files.readString(e.config(), StandardCharsets.UTF_8));
        } catch (IOException | UncheckedIOException x) {
          throw problem(
              e.config(),
              "cannot read the configuration of model " + e.name() + ": " + x.getMessage());
        }
        List<String> names = new ArrayList<>(cfg.invariants());
        names.addAll(cfg.properties());
        checked.add(new Checked(e, rel, names));
      }
    }
    List<Theorem> theorems =
        sources.theorems().isPresent() ? TheoremFile.read(sources.theorems().get()) : List.of();
    List<JavaSource> tests = readTests(sources.testRoots());
    List<Row> rows = new ArrayList<>();
    for (SpecProperty p : properties) {
      List<ModelCheck> models = new ArrayList<>();
      for (Checked c : checked) {
        if (c.names().contains(p.name())) {
          models.add(
              new ModelCheck(c.entry().name(), c.manifest(), outcome(c.entry(), p.name()), ""));
        }
      }
      for (Theorem t : theorems) {
        if (!ofSpec(Path.of(t.module()), sources.spec()) || !names(t.statement(), p.name())) {
          continue;
        }
        for (String model : t.models()) {
          Optional<Checked> c =
              checked.stream().filter(x -> x.entry().name().equals(model)).findFirst();
          if (c.isPresent()
              && models.stream().noneMatch(m -> m.model().equals(model) && m.theorem().isEmpty())) {
            ModelCheck.Outcome o =
                c.get().entry().expected() == Verdict.SUCCESS
                    ? ModelCheck.Outcome.HOLDS
                    : ModelCheck.Outcome.UNDECIDED;
            models.add(new ModelCheck(model, c.get().manifest(), o, t.name()));
          }
        }
      }
      rows.add(new Row(p, models, testsOf(p.name(), models, tests)));
    }
    return new Traceability(sources.spec(), rows);
  }

  /**
   * Whether a model's root module (or a theorem's module) belongs to the traced spec {@code S} by
   * the project's naming convention (STYLE.md): {@code S}, {@code MCS}, {@code S_suffix} or {@code
   * MCS_suffix}. A manifest may hold models of other specs (the earlier {@code AdminCvq} beside
   * {@code AdminCvqActors}); their properties of the same name are not this spec's.
   */
  static boolean ofSpec(Path module, Path spec) {
    String m = String.valueOf(module.getFileName()).replaceFirst("\\.tla$", "");
    String s = String.valueOf(spec.getFileName()).replaceFirst("\\.tla$", "");
    String base = m.startsWith("MC") && !s.startsWith("MC") ? m.substring(2) : m;
    return base.equals(s) || base.startsWith(s + "_");
  }

  /** A model, the manifest that records it, and the properties its configuration lists. */
  private record Checked(ModelEntry entry, String manifest, List<String> names) {}

  private static ModelCheck.Outcome outcome(ModelEntry e, String property) {
    if (e.expected() == Verdict.SUCCESS) {
      return ModelCheck.Outcome.HOLDS;
    }
    return e.violated().map(property::equals).orElse(false)
        ? ModelCheck.Outcome.VIOLATED
        : ModelCheck.Outcome.UNDECIDED;
  }

  private static List<TestReference> testsOf(
      String property, List<ModelCheck> models, List<JavaSource> tests) {
    List<TestReference> out = new ArrayList<>();
    for (JavaSource t : tests) {
      for (String manifest :
          models.stream()
              .filter(ModelCheck::decides)
              .map(ModelCheck::manifest)
              .distinct()
              .toList()) {
        if (t.code().contains("\"" + manifest + "\"") && t.code().contains(".asExpected()")) {
          out.add(
              new TestReference(
                  t.className(), "asserts the recorded outcome of every model of " + manifest));
        }
      }
      for (String method : t.testsUsing(property)) {
        out.add(new TestReference(t.className() + "." + method, "names it"));
      }
    }
    return out;
  }

  private static List<JavaSource> readTests(List<Path> roots) throws Manifest.ManifestException {
    List<JavaSource> out = new ArrayList<>();
    for (Path root : roots) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(root)) {
        files = walk.filter(f -> f.toString().endsWith(".java")).sorted().toList();
      } catch (IOException | UncheckedIOException e) {
        throw problem(root, "cannot list the test sources: " + e.getMessage());
      }
      for (Path f : files) {
        String name = String.valueOf(f.getFileName());
        try {
          out.add(
              JavaSource.parse(
                  name.substring(0, name.length() - 5),
                  Files.readString(f, StandardCharsets.UTF_8)));
        } catch (IOException | UncheckedIOException e) {
          throw problem(f, "cannot read: " + e.getMessage());
        }
      }
    }
    return out;
  }

  private static boolean names(String text, String word) {
    return Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text).find();
  }

  private static String relative(Path root, Path file) {
    Path r = root.toAbsolutePath().normalize();
    Path f = file.toAbsolutePath().normalize();
    return (f.startsWith(r) ? r.relativize(f) : f).toString().replace('\\', '/');
  }

  private static Manifest.ManifestException problem(Path file, String message) {
    return new Manifest.ManifestException(Problem.inFile(file.toString(), message));
  }

  /**
   * What is missing: a property whose comment quotes no statement, or that no model decides (holds
   * or violated). Empty when every property is traced.
   */
  @Override
  public List<String> problems() {
    List<String> out = new ArrayList<>();
    for (Row r : rows) {
      String where = spec.getFileName() + ":" + r.property().line() + ": " + r.property().name();
      if (r.property().citations().isEmpty()) {
        out.add(where + " quotes no statement of the thread or the virtio spec in its comment");
      }
      if (r.models().stream().noneMatch(ModelCheck::decides)) {
        out.add(
            where
                + " is decided by no model (none lists it, or every one that does stops at another property)");
      }
    }
    return List.copyOf(out);
  }

  /** The table in Markdown, followed by the rules it was generated by. */
  @Override
  public String markdown() {
    StringBuilder out = new StringBuilder();
    out.append(
            "| Property | Statement quoted (source) | Models that check it | Tests that assert it |\n")
        .append("|---|---|---|---|\n");
    for (Row r : rows) {
      String statements =
          r.property().citations().isEmpty()
              ? "**none quoted**"
              : r.property().citations().stream()
                  .map(c -> "\"" + c.text() + "\" (" + c.source() + ")")
                  .collect(Collectors.joining("<br>"));
      out.append("| `")
          .append(r.property().name())
          .append("` (")
          .append(spec.getFileName())
          .append(':')
          .append(r.property().line())
          .append(") | ")
          .append(cell(statements))
          .append(" | ")
          .append(cell(modelsText(r.models())))
          .append(" | ")
          .append(cell(testsText(r.tests())))
          .append(" |\n");
    }
    out.append('\n')
        .append(
            "Models: a model checks a property its configuration lists, or that the statement of a theorem of\n")
        .append(
            "proofs/theorems.json names when the model is one of that theorem's; its manifest's recorded outcome\n")
        .append(
            "decides the property (holds / violated) or not (undecided: TLC stops at another property first).\n")
        .append(
            "Tests: a test method whose code names the property, or a test that asserts the recorded outcome of\n")
        .append(
            "every model of a manifest (its code names the manifest and calls asExpected()) where a model decides it.\n");
    return out.toString();
  }

  private static String modelsText(List<ModelCheck> models) {
    if (models.stream().noneMatch(ModelCheck::decides)) {
      return "**none decides it**";
    }
    List<String> parts = new ArrayList<>();
    for (ModelCheck.Outcome o : List.of(ModelCheck.Outcome.HOLDS, ModelCheck.Outcome.VIOLATED)) {
      List<String> direct =
          models.stream()
              .filter(m -> m.outcome() == o && m.theorem().isEmpty())
              .map(ModelCheck::model)
              .toList();
      if (!direct.isEmpty()) {
        parts.add(o.label() + " (" + direct.size() + "): " + String.join(", ", direct));
      }
    }
    Map<String, List<String>> byTheorem = new LinkedHashMap<>();
    models.stream()
        .filter(m -> !m.theorem().isEmpty() && m.decides())
        .forEach(
            m -> byTheorem.computeIfAbsent(m.theorem(), k -> new ArrayList<>()).add(m.model()));
    byTheorem.forEach(
        (t, ms) -> parts.add("holds via THEOREM " + t + ": " + String.join(", ", ms)));
    long undecided = models.stream().filter(m -> !m.decides()).count();
    if (undecided > 0) {
      parts.add("undecided in " + undecided + " more");
    }
    return String.join("; ", parts);
  }

  private static String testsText(List<TestReference> tests) {
    if (tests.isEmpty()) {
      return "none";
    }
    return tests.stream()
        .map(
            t ->
                t.how().equals("names it")
                    ? t.test()
                    : t.test()
                        + " (every model of "
                        + t.how().substring(t.how().lastIndexOf(' ') + 1)
                        + ")")
        .collect(Collectors.joining(", "));
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  /** The table as JSON: an array with one object per property. */
  @Override
  public String json() {
    ObjectMapper mapper = new ObjectMapper();
    ArrayNode array = mapper.createArrayNode();
    for (Row r : rows) {
      ObjectNode o = array.addObject();
      o.put("property", r.property().name());
      o.put("module", String.valueOf(spec.getFileName()));
      o.put("line", r.property().line());
      ArrayNode cites = o.putArray("statements");
      r.property()
          .citations()
          .forEach(c -> cites.addObject().put("text", c.text()).put("source", c.source()));
      ArrayNode models = o.putArray("models");
      for (ModelCheck m : r.models()) {
        ObjectNode n =
            models
                .addObject()
                .put("model", m.model())
                .put("manifest", m.manifest())
                .put("outcome", m.outcome().label());
        if (!m.theorem().isEmpty()) {
          n.put("theorem", m.theorem());
        }
      }
      ArrayNode tests = o.putArray("tests");
      r.tests().forEach(t -> tests.addObject().put("test", t.test()).put("how", t.how()));
    }
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
