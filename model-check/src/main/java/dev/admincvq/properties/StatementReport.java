package dev.admincvq.properties;

import dev.admincvq.matrix.Manifest.ManifestException;
import dev.admincvq.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The statement table of the project's published-text spec, read together with the spec: {@code
 * spec-tla/statements-adminvq.json} against {@code spec-tla/AdminVq.tla}.
 *
 * @param table the statements
 * @param spec the spec's definitions
 * @param specName the spec's file name, for messages and line references
 */
public record StatementReport(StatementTable table, SpecDefinitions spec, String specName)
    implements PrintedTable {
  /** The table, relative to the project root. */
  public static final String TABLE = "spec-tla/statements-adminvq.json";

  /** The spec whose definitions encode the statements, relative to the project root. */
  public static final String SPEC = "spec-tla/AdminVq.tla";

  /** Reads {@code table} and {@code spec}; a file that cannot be read is a problem naming it. */
  public static StatementReport of(Path table, Path spec) throws ManifestException {
    String module;
    try {
      module = Files.readString(spec, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ManifestException(
          Problem.inFile(spec.toString(), "cannot read: " + e.getMessage()));
    }
    return new StatementReport(
        StatementTable.read(table),
        SpecDefinitions.scan(module),
        String.valueOf(spec.getFileName()));
  }

  /** The project's table and spec under {@code root}. */
  public static StatementReport project(Path root) throws ManifestException {
    return of(root.resolve(TABLE), root.resolve(SPEC));
  }

  /** What does not hold of the table against the spec ({@link StatementTable#problems}). */
  @Override
  public List<String> problems() {
    return table.problems(spec, specName);
  }

  @Override
  public String markdown() {
    return table.markdown(spec, specName);
  }

  @Override
  public String json() {
    return table.json(spec, specName);
  }
}
