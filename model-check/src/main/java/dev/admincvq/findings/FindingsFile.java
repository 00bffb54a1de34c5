package dev.admincvq.findings;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.admincvq.matrix.JsonFiles;
import dev.admincvq.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a findings file: a JSON array of finding objects. Every error names the file, and the line
 * and column of the JSON at fault or of the finding that lacks a field.
 */
public final class FindingsFile {
  private FindingsFile() {}

  /** The findings of {@code file}, in file order. */
  public static List<Finding> read(Path file) throws FindingsException {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new FindingsException(Problem.inFile(file.toString(), "no such file"));
    } catch (IOException e) {
      throw new FindingsException(
          Problem.inFile(file.toString(), "cannot read: " + e.getMessage()));
    }
    ObjectMapper mapper = new ObjectMapper();
    List<Finding> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    try (JsonParser p = mapper.createParser(text)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw invalid(file, p.currentTokenLocation(), "expected a JSON array of findings");
      }
      while (p.nextToken() == JsonToken.START_OBJECT) {
        JsonLocation at = p.currentTokenLocation();
        JsonNode node = mapper.readTree(p);
        Finding f = finding(file, at, node);
        if (!ids.add(f.id())) {
          throw invalid(file, at, "a second finding with id \"" + f.id() + "\"");
        }
        out.add(f);
      }
      if (p.currentToken() != JsonToken.END_ARRAY) {
        throw invalid(file, p.currentTokenLocation(), "expected a finding (a JSON object)");
      }
      if (p.nextToken() != null) {
        throw invalid(file, p.currentTokenLocation(), "text after the array of findings");
      }
    } catch (JsonProcessingException e) {
      throw new FindingsException(JsonFiles.problem(file, e));
    } catch (IOException e) {
      throw new FindingsException(
          Problem.inFile(file.toString(), "cannot read: " + e.getMessage()));
    }
    return List.copyOf(out);
  }

  private static Finding finding(Path file, JsonLocation at, JsonNode node)
      throws FindingsException {
    String id = text(file, at, node, "id", "finding");
    String where = "finding " + id;
    List<String> quote = new ArrayList<>();
    JsonNode quotes = node.path("quote");
    if (!quotes.isArray() || quotes.isEmpty()) {
      throw invalid(file, at, where + ": missing non-empty array field \"quote\"");
    }
    for (JsonNode q : quotes) {
      if (!q.isTextual() || q.asText().isBlank()) {
        throw invalid(file, at, where + ": each quote must be a non-empty string");
      }
      quote.add(q.asText());
    }
    JsonNode readingNodes = node.path("readings");
    if (!readingNodes.isArray()) {
      throw invalid(file, at, where + ": missing array field \"readings\" ([] if none)");
    }
    List<Reading> readings = new ArrayList<>();
    for (JsonNode r : readingNodes) {
      String reading = where + ", a reading";
      readings.add(
          new Reading(
              text(file, at, r, "constant", reading),
              text(file, at, r, "value", reading),
              text(file, at, r, "meaning", reading),
              text(file, at, r, "model", reading)));
    }
    JsonNode model = node.get("model");
    if (model == null || !(model.isNull() || (model.isTextual() && !model.asText().isBlank()))) {
      throw invalid(
          file,
          at,
          where + ": missing field \"model\" (a model's name, or null when no model shows it)");
    }
    return new Finding(
        id,
        text(file, at, node, "kind", where),
        text(file, at, node, "section", where),
        quote,
        readings,
        model.isNull() ? Optional.empty() : Optional.of(model.asText()),
        text(file, at, node, "proposal", where),
        at.getLineNr(),
        at.getColumnNr());
  }

  private static String text(Path file, JsonLocation at, JsonNode node, String field, String where)
      throws FindingsException {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw invalid(file, at, where + ": missing text field \"" + field + "\"");
    }
    return v.asText();
  }

  private static FindingsException invalid(Path file, JsonLocation at, String message) {
    return new FindingsException(
        new Problem(file.toString(), at.getLineNr(), at.getColumnNr(), message));
  }
}
