package dev.admincvq.properties;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.admincvq.matrix.JsonFiles;
import dev.admincvq.matrix.Manifest.ManifestException;
import dev.admincvq.model.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The normative statements of the virtio text a spec models, each mapped to the definitions that
 * encode it or listed as out of scope with a reason ({@code spec-tla/statements-adminvq.json}). The
 * quotes are checked in: the build never reads the virtio repository; {@code
 * tools/extract-normative.py} lists a version's statements to compare with.
 *
 * @param file the table's file, for messages
 * @param ref the virtio-spec tag or branch the statements are quoted from
 * @param commit that ref's commit
 * @param scope which files and sections the table covers, and which it leaves out
 * @param statements the statements, in the text's order
 */
public record StatementTable(
    Path file, String ref, String commit, String scope, List<Statement> statements) {
  public StatementTable {
    statements = List.copyOf(statements);
  }

  private static final Pattern NORMATIVE =
      Pattern.compile("\\b(MUST|SHOULD|MAY|SHALL|REQUIRED|RECOMMENDED|OPTIONAL)\\b");

  /** Reads a table; a file that is not one is a problem naming it (and the line and column). */
  public static StatementTable read(Path file) throws ManifestException {
    JsonNode root = JsonFiles.read(file);
    if (!root.path("statements").isArray() || !root.path("source").isObject()) {
      throw invalid(file, "expected an object with \"source\" and an array \"statements\"");
    }
    JsonNode source = root.path("source");
    List<Statement> statements = new ArrayList<>();
    int index = 0;
    for (JsonNode s : root.path("statements")) {
      index++;
      String id = text(file, s, "id", "statement #" + index);
      List<Statement.Encoding> encodings = new ArrayList<>();
      for (JsonNode e : s.path("encodedBy")) {
        encodings.add(
            new Statement.Encoding(
                text(file, e, "definition", "statement " + id + ", encodedBy"),
                text(file, e, "kind", "statement " + id + ", encodedBy")));
      }
      List<String> parts = new ArrayList<>();
      s.path("specQuotes").forEach(p -> parts.add(p.asText()));
      statements.add(
          new Statement(
              id,
              text(file, s, "file", "statement " + id),
              text(file, s, "section", "statement " + id),
              text(file, s, "quote", "statement " + id),
              encodings,
              optional(s, "outOfScope"),
              parts,
              optional(s, "note")));
    }
    return new StatementTable(
        file,
        text(file, source, "ref", "source"),
        text(file, source, "commit", "source"),
        text(file, source, "scope", "source"),
        statements);
  }

  private static Optional<String> optional(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
  }

  private static String text(Path file, JsonNode node, String field, String where)
      throws ManifestException {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw invalid(file, where + ": missing text field \"" + field + "\"");
    }
    return v.asText();
  }

  private static ManifestException invalid(Path file, String message) {
    return new ManifestException(Problem.inFile(file.toString(), message));
  }

  /**
   * What does not hold of the table against the spec's definitions, one line each: a statement
   * without a normative keyword; one neither encoded nor out of scope, or both; an encoding by a
   * definition the spec does not have, or of an unknown kind; a quoted part that is not part of the
   * statement's quote, or that no comment of its encoding definitions quotes; a second statement
   * with the same id.
   */
  public List<String> problems(SpecDefinitions spec, String specName) {
    List<String> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Statement s : statements) {
      String where = file + ": statement " + s.id();
      if (!ids.add(s.id())) {
        out.add(where + ": a second statement with this id");
      }
      if (!NORMATIVE.matcher(s.quote()).find()) {
        out.add(where + ": the quote has no normative keyword (MUST, SHOULD, MAY, ...)");
      }
      if (s.encodedBy().isEmpty() == s.outOfScope().isEmpty()) {
        out.add(
            where
                + (s.encodedBy().isEmpty()
                    ? ": neither encoded by a definition of "
                        + specName
                        + " nor out of scope with a reason"
                    : ": both encoded and out of scope"));
      }
      for (Statement.Encoding e : s.encodedBy()) {
        if (spec.get(e.definition()).isEmpty()) {
          out.add(where + ": " + specName + " has no definition " + e.definition());
        }
        if (!Statement.KINDS.contains(e.kind())) {
          out.add(
              where
                  + ": unknown kind \""
                  + e.kind()
                  + "\" ("
                  + String.join(", ", Statement.KINDS)
                  + ")");
        }
      }
      if (s.encodedBy().isEmpty()) {
        continue;
      }
      String quote = SpecDefinitions.normalized(s.quote());
      for (String part : s.quotedParts()) {
        String p = trimmed(part);
        if (!quote.contains(p)) {
          out.add(where + ": the quoted part \"" + p + "\" is not part of the statement's quote");
        } else if (s.encodedBy().stream()
            .noneMatch(
                e -> spec.get(e.definition()).map(d -> d.comment().contains(p)).orElse(false))) {
          out.add(
              where
                  + ": no comment of "
                  + s.encodedBy().stream()
                      .map(Statement.Encoding::definition)
                      .collect(Collectors.joining(", "))
                  + " in "
                  + specName
                  + " quotes \""
                  + p
                  + "\"");
        }
      }
    }
    return List.copyOf(out);
  }

  /** White space collapsed, and a closing full stop, semicolon or comma left out. */
  private static String trimmed(String part) {
    return SpecDefinitions.normalized(part).replaceAll("[.;,]$", "");
  }

  /** The statements encoded by a definition. */
  public long encoded() {
    return statements.stream().filter(s -> !s.encodedBy().isEmpty()).count();
  }

  /**
   * The table as Markdown: where the statements come from, then one row per statement: its id,
   * section (the last part of the label), the statement quoted, and the definitions with their kind
   * and line, or "out of scope" with the reason.
   */
  public String markdown(SpecDefinitions spec, String specName) {
    StringBuilder out = new StringBuilder();
    out.append("Normative statements of virtio-spec ")
        .append(ref)
        .append(" (commit ")
        .append(commit, 0, Math.min(12, commit.length()))
        .append("): ")
        .append(statements.size())
        .append(", ")
        .append(encoded())
        .append(" encoded by ")
        .append(specName)
        .append(", ")
        .append(statements.size() - encoded())
        .append(" out of scope.\n\n");
    out.append("| Statement | Section | Text | Encoded by |\n|---|---|---|---|\n");
    for (Statement s : statements) {
      String section = s.section().substring(s.section().lastIndexOf('/') + 1).strip();
      String encoded =
          s.encodedBy().isEmpty()
              ? "out of scope: " + s.outOfScope().orElse("")
              : s.encodedBy().stream()
                  .map(
                      e ->
                          "`"
                              + e.definition()
                              + "` ("
                              + e.kind()
                              + ", "
                              + specName
                              + ":"
                              + spec.get(e.definition()).map(d -> d.line()).orElse(0)
                              + ")")
                  .collect(Collectors.joining(", "));
      if (s.note().isPresent()) {
        encoded += ". " + s.note().get();
      }
      out.append("| ")
          .append(s.id())
          .append(" | ")
          .append(cell(s.file() + ", " + section))
          .append(" | ")
          .append(cell(s.quote()))
          .append(" | ")
          .append(cell(encoded))
          .append(" |\n");
    }
    return out.toString();
  }

  /** The table as JSON: the source and one object per statement, each definition with its line. */
  public String json(SpecDefinitions spec, String specName) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.putObject("source").put("ref", ref).put("commit", commit).put("scope", scope);
    ArrayNode rows = root.putArray("statements");
    for (Statement s : statements) {
      ObjectNode o = rows.addObject();
      o.put("id", s.id()).put("file", s.file()).put("section", s.section()).put("quote", s.quote());
      ArrayNode encoded = o.putArray("encodedBy");
      for (Statement.Encoding e : s.encodedBy()) {
        encoded
            .addObject()
            .put("definition", e.definition())
            .put("kind", e.kind())
            .put("module", specName)
            .put("line", spec.get(e.definition()).map(d -> d.line()).orElse(0));
      }
      s.outOfScope().ifPresent(r -> o.put("outOfScope", r));
      s.note().ifPresent(n -> o.put("note", n));
    }
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
