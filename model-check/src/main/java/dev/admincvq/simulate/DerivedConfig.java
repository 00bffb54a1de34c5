package dev.admincvq.simulate;

import dev.admincvq.matrix.ModelConfig;
import dev.admincvq.review.ConfigFacts;
import dev.admincvq.tlc.TempDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A model's configuration with some constants bound otherwise and, for a run that checks safety
 * only, without its temporal properties; written under the original's file name in a temporary
 * directory of its own, removed by {@link #close}.
 *
 * @param path the configuration to run
 * @param directory the temporary directory it lies in, when it was written
 * @param dropped the properties left out (none when kept, or when the configuration has none)
 * @param checkDeadlock whether the configuration checks for deadlock ({@code CHECK_DEADLOCK}, TLC's
 *     default: yes)
 */
public record DerivedConfig(
    Path path, Optional<Path> directory, List<String> dropped, boolean checkDeadlock)
    implements AutoCloseable {
  public DerivedConfig {
    dropped = List.copyOf(dropped);
  }

  /**
   * {@code config} with {@code overrides} applied and, if {@code safetyOnly}, its {@code
   * PROPERTY/PROPERTIES} left out. With nothing to change, {@code config} itself (nothing written).
   *
   * @throws IllegalArgumentException when an override names a constant the configuration does not
   *     bind, or a constant twice (one line, naming the file)
   */
  public static DerivedConfig of(
      Path config, List<ConstantOverride> overrides, boolean safetyOnly) {
    return of(config, overrides, safetyOnly, Optional.empty());
  }

  /**
   * As {@link #of(Path, List, boolean)}, and with {@code SYMMETRY symmetry} when one is given (the
   * caller vouches that it is sound for what the run checks).
   *
   * @throws IllegalArgumentException as {@link #of(Path, List, boolean)}, and when the
   *     configuration already names a symmetry
   */
  public static DerivedConfig of(
      Path config,
      List<ConstantOverride> overrides,
      boolean safetyOnly,
      Optional<String> symmetry) {
    return of(config, overrides, List.of(), safetyOnly, symmetry);
  }

  /**
   * As {@link #of(Path, List, boolean, Optional)}, and with {@code additions}: bindings of names
   * the configuration leaves as the spec defines them (e.g. {@code VF = {v1, v2}} for the spec's
   * {@code VF == 1..MaxVFs}).
   *
   * @throws IllegalArgumentException as {@link #of(Path, List, boolean, Optional)}, and when the
   *     configuration (or an earlier addition) binds an addition's name already
   */
  public static DerivedConfig of(
      Path config,
      List<ConstantOverride> overrides,
      List<ConstantOverride> additions,
      boolean safetyOnly,
      Optional<String> symmetry) {
    if (!Files.isRegularFile(config)) {
      return new DerivedConfig(
          config, Optional.empty(), List.of(), true); // the run says it is missing
    }
    String text = read(config);
    ConfigFacts facts = ConfigFacts.parse(text);
    List<String> properties = safetyOnly ? facts.config().properties() : List.of();
    boolean deadlock = checksDeadlock(facts.config());
    if (symmetry.isPresent()
        && facts.config().sections().stream().anyMatch(x -> x.keyword().equals("SYMMETRY"))) {
      throw new IllegalArgumentException(config + " already names a SYMMETRY");
    }
    if (overrides.isEmpty() && additions.isEmpty() && properties.isEmpty() && symmetry.isEmpty()) {
      return new DerivedConfig(config, Optional.empty(), List.of(), deadlock);
    }
    Map<String, String> lines = new LinkedHashMap<>();
    facts.constants().forEach((name, binding) -> lines.put(name, name + " " + binding));
    Map<String, ConstantOverride> seen = new LinkedHashMap<>();
    for (ConstantOverride o : overrides) {
      if (!lines.containsKey(o.name())) {
        throw new IllegalArgumentException(
            config
                + " binds no constant "
                + o.name()
                + " (it binds "
                + String.join(", ", lines.keySet())
                + ")");
      }
      if (seen.put(o.name(), o) != null) {
        throw new IllegalArgumentException(o.name() + " is overridden twice");
      }
      lines.put(o.name(), o.line());
    }
    for (ConstantOverride a : additions) {
      if (lines.containsKey(a.name())) {
        throw new IllegalArgumentException(config + " binds " + a.name() + " already: no addition");
      }
      lines.put(a.name(), a.line());
    }
    StringBuilder out =
        new StringBuilder(
            without(facts.config(), properties.isEmpty() ? "CONSTANT" : "CONSTANT|PROPERT"));
    out.append("CONSTANTS\n");
    for (String line : lines.values()) {
      out.append("    ").append(line).append('\n');
    }
    symmetry.ifPresent(name -> out.append("SYMMETRY ").append(name).append('\n'));
    Path dir = TempDirectory.create("admincvq-cfg-");
    Path derived = dir.resolve(String.valueOf(config.getFileName()));
    try {
      Files.writeString(derived, out.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      TempDirectory.delete(dir);
      throw new UncheckedIOException("cannot write " + derived, e);
    }
    return new DerivedConfig(derived, Optional.of(dir), properties, deadlock);
  }

  /** The configuration's text without the sections whose keyword starts as {@code prefixes} say. */
  private static String without(ModelConfig config, String prefixes) {
    StringBuilder out = new StringBuilder();
    int from = 0;
    for (ModelConfig.Section s : config.sections()) {
      if (s.keyword().matches("(" + prefixes + ").*")) {
        out.append(config.text(), from, s.start());
        from = s.end();
      }
    }
    out.append(config.text().substring(from));
    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
    return out.toString();
  }

  private static boolean checksDeadlock(ModelConfig config) {
    boolean check = true;
    for (ModelConfig.Section s : config.sections()) {
      if (s.keyword().equals("CHECK_DEADLOCK") && !s.words().isEmpty()) {
        check = !s.words().get(0).equals("FALSE");
      }
    }
    return check;
  }

  private static String read(Path config) {
    try {
      return Files.readString(config, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException(config + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  /** Removes the derived configuration's directory (nothing when the original is used). */
  @Override
  public void close() {
    directory.ifPresent(TempDirectory::delete);
  }
}
