package dev.admincvq.matrix;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.admincvq.matrix.Manifest.ManifestException;
import dev.admincvq.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the project's JSON files (manifests, theorem lists) with errors naming file and position.
 */
public final class JsonFiles {
  private JsonFiles() {}

  /** The file's top-level JSON array. */
  public static JsonNode readArray(Path file, String what) throws ManifestException {
    JsonNode root = read(file);
    if (!root.isArray()) {
      throw new ManifestException(
          Problem.inFile(file.toString(), "expected a JSON array of " + what));
    }
    return root;
  }

  /** The file's JSON value, whatever it is. */
  public static JsonNode read(Path file) throws ManifestException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new ManifestException(Problem.inFile(file.toString(), "no such file"));
    } catch (JsonProcessingException e) {
      throw new ManifestException(problem(file, e));
    } catch (IOException e) {
      throw new ManifestException(
          Problem.inFile(file.toString(), "cannot read: " + e.getMessage()));
    }
    if (root == null) {
      throw new ManifestException(Problem.inFile(file.toString(), "no JSON value"));
    }
    return root;
  }

  /** A JSON syntax error as a problem at its line and column of {@code file}. */
  public static Problem problem(Path file, JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    int line = at == null ? 0 : at.getLineNr();
    int col = at == null ? 0 : at.getColumnNr();
    return new Problem(file.toString(), line, col, "not valid JSON: " + e.getOriginalMessage());
  }
}
