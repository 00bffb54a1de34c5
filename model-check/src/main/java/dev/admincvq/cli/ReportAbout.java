package dev.admincvq.cli;

import dev.admincvq.matrix.Manifest;
import dev.admincvq.matrix.ModelConfig;
import dev.admincvq.matrix.ModelEntry;
import dev.admincvq.model.CheckResult;
import dev.admincvq.properties.Citation;
import dev.admincvq.properties.PropertyMeanings;
import dev.admincvq.report.CheckReport;
import dev.admincvq.tlc.SanyParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code check --html} says of each model beyond TLC's result ({@link CheckReport.About}): its
 * options by the names the project's manifest gives them, when the manifest records its
 * configuration and no {@code --constant} changed it; and what each invariant and property it
 * checks means, from the comments of the modules its spec loads ({@link PropertyMeanings}).
 */
final class ReportAbout {
  private final Map<Path, ModelEntry> byConfig = new HashMap<>();
  private final Map<Path, Path> originals;
  private final boolean overridden;
  private final List<Path> libraries;
  private final PrintWriter err;
  private final Map<Path, List<Path>> modules = new HashMap<>();

  /**
   * @param originals each configuration checked (derived for {@code --constant}) to the one given
   * @param overridden whether {@code --constant} changed the configurations
   * @param libraries the {@code --lib} directories
   * @param err where a warning goes when the manifest or a module cannot be read
   */
  ReportAbout(
      Map<Path, Path> originals, boolean overridden, List<Path> libraries, PrintWriter err) {
    this.originals = Map.copyOf(originals);
    this.overridden = overridden;
    this.libraries = List.copyOf(libraries);
    this.err = err;
    Path manifest = ProjectLayout.defaultManifest();
    if (Files.isRegularFile(manifest)) {
      try {
        Manifest.read(manifest).models().forEach(m -> byConfig.putIfAbsent(key(m.config()), m));
      } catch (Manifest.ManifestException e) {
        err.println("admincvq: warning: --html: the report names no options: " + e.problem());
      }
    }
  }

  CheckReport.About of(CheckResult r) {
    Path given = originals.getOrDefault(r.config(), r.config());
    ModelEntry entry = byConfig.get(key(given));
    Map<String, String> options = entry == null || overridden ? Map.of() : entry.options();
    return new CheckReport.About(options, meanings(r));
  }

  private Map<String, CheckReport.Meaning> meanings(CheckResult r) {
    Map<String, CheckReport.Meaning> out = new LinkedHashMap<>();
    try {
      ModelConfig cfg = ModelConfig.parse(Files.readString(r.config(), StandardCharsets.UTF_8));
      List<String> names = new ArrayList<>(cfg.invariants());
      names.addAll(cfg.properties());
      List<Path> files =
          modules.computeIfAbsent(
              r.spec(), s -> SanyParser.create().parse(s, libraries).files(libraries));
      PropertyMeanings.of(files, names)
          .forEach(
              (name, m) ->
                  out.put(
                      name,
                      new CheckReport.Meaning(
                          m.module().getFileName() + ":" + m.line(),
                          m.comment(),
                          m.quotes().stream().map(Citation::source).distinct().toList())));
    } catch (IOException e) {
      err.println(
          "admincvq: warning: --html: what the properties of "
              + r.config().getFileName()
              + " mean is left out: "
              + e.getMessage());
    }
    return out;
  }

  private static Path key(Path p) {
    return p.toAbsolutePath().normalize();
  }
}
