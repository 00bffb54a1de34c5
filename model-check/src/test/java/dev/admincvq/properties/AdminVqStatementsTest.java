package dev.admincvq.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.admincvq.cli.CliRun;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code spec-tla/statements-adminvq.json}: every normative statement of the published
 * administration virtqueue text is encoded by definitions of {@code AdminVq.tla} whose comments
 * quote it, or is out of scope with a reason; and the check finds each way a table can fail.
 */
class AdminVqStatementsTest {
  private static final Path ROOT = Path.of(System.getProperty("admincvq.root", ".."));

  private static final String MODULE =
      """
      ---- MODULE M ----
      CONSTANTS
          Ordering,  \\* "The device MUST process commands on a given administration virtqueue
                     \\* in the order in which they are queued."
          Other      \\* a note
      (* "The device MUST initialize status and status_qualifier in struct      *)
      (* virtio_admin_cmd" governs both definitions below.                      *)
      Helper(c) == c
      Guarded == TRUE
      -----
      Unquoted == TRUE
      ====
      """;

  private static Statement statement(
      String quote, List<Statement.Encoding> by, Optional<String> out) {
    return new Statement("admin-1", "admin.tex", "S", quote, by, out, List.of(), Optional.empty());
  }

  private static List<String> problems(Statement s) {
    return new StatementTable(Path.of("t.json"), "v1.4-cs01", "15f488c", "scope", List.of(s))
        .problems(SpecDefinitions.scan(MODULE), "M.tla");
  }

  @Test
  void everyStatementOfThePublishedTextIsEncodedByAQuotingDefinitionOfAdminVqOrOutOfScope()
      throws Exception {
    StatementReport report = StatementReport.project(ROOT);
    assertEquals(List.of(), report.problems());
    StatementTable t = report.table();
    assertEquals("v1.4-cs01", t.ref());
    assertTrue(t.commit().matches("[0-9a-f]{40}"), t.commit());
    Set<String> files = t.statements().stream().map(Statement::file).collect(Collectors.toSet());
    assertEquals(
        Set.of(
            "admin.tex",
            "admin-cmds-device-parts.tex",
            "admin-cmds-resource-objects.tex",
            "admin-cmds-capabilities.tex",
            "content.tex"),
        files);
    assertTrue(t.encoded() >= 35, "encoded: " + t.encoded());
    for (Statement s : t.statements()) {
      assertTrue(
          s.outOfScope().map(r -> r.length() > 20).orElse(true), s.id() + ": a reason, not a word");
    }
  }

  @Test
  void aDefinitionIsQuotedByTheCommentBlockAboveItEvenWhenItSharesItAndAConstantByItsNote() {
    SpecDefinitions defs = SpecDefinitions.scan(MODULE);
    assertTrue(
        defs.get("Guarded")
            .orElseThrow()
            .comment()
            .contains(
                "The device MUST initialize status and status_qualifier in struct virtio_admin_cmd"));
    assertTrue(
        defs.get("Ordering")
            .orElseThrow()
            .comment()
            .contains("in the order in which they are queued."));
    assertEquals("a note", defs.get("Other").orElseThrow().comment());
    assertEquals(
        "", defs.get("Unquoted").orElseThrow().comment(), "a ---- rule ends the block's reach");
    assertEquals(9, defs.get("Guarded").orElseThrow().line());
  }

  @Test
  void aStatementEncodedByADefinitionWhoseCommentQuotesItHasNoProblem() {
    assertEquals(
        List.of(),
        problems(
            statement(
                "The device MUST initialize status and status_qualifier in struct virtio_admin_cmd.",
                List.of(new Statement.Encoding("Guarded", "action guard")),
                Optional.empty())));
  }

  @Test
  void aStatementNeitherEncodedNorOutOfScopeIsAProblem() {
    assertEquals(
        List.of(
            "t.json: statement admin-1: neither encoded by a definition of M.tla nor out of scope with a reason"),
        problems(statement("The driver MUST NOT do it.", List.of(), Optional.empty())));
  }

  @Test
  void anEncodingByADefinitionTheSpecLacksIsAProblem() {
    List<String> p =
        problems(
            statement(
                "The device MUST process commands on a given administration virtqueue in the order in which they are queued.",
                List.of(
                    new Statement.Encoding("Orderring", "option"),
                    new Statement.Encoding("Ordering", "option")),
                Optional.empty()));
    assertEquals(List.of("t.json: statement admin-1: M.tla has no definition Orderring"), p);
  }

  @Test
  void aStatementNoCommentOfItsDefinitionsQuotesIsAProblem() {
    List<String> p =
        problems(
            statement(
                "The device MUST initialize status and status_qualifier in struct virtio_admin_cmd.",
                List.of(new Statement.Encoding("Unquoted", "property")),
                Optional.empty()));
    assertEquals(1, p.size(), p.toString());
    assertTrue(
        p.get(0)
            .startsWith(
                "t.json: statement admin-1: no comment of Unquoted in M.tla quotes \"The device MUST"),
        p.get(0));
  }

  @Test
  void aQuoteWithoutANormativeKeywordAndAnUnknownKindAreProblems() {
    List<String> p =
        problems(
            statement(
                "The device processes commands.",
                List.of(new Statement.Encoding("Other", "rule")),
                Optional.empty()));
    assertTrue(
        p.contains(
            "t.json: statement admin-1: the quote has no normative keyword (MUST, SHOULD, MAY, ...)"),
        p.toString());
    assertTrue(
        p.stream().anyMatch(m -> m.startsWith("t.json: statement admin-1: unknown kind \"rule\"")),
        p.toString());
  }

  @Test
  void propertiesStatementsPrintsTheTableAsMarkdownAndJson() throws Exception {
    CliRun md = CliRun.of("properties", "--statements");
    assertEquals(0, md.exit(), md.err());
    assertTrue(
        md.out().startsWith("Normative statements of virtio-spec v1.4-cs01 (commit "), md.out());
    assertTrue(md.out().contains("| Statement | Section | Text | Encoded by |"), md.out());
    assertTrue(
        md.out()
            .contains(
                "| admin-31 | admin.tex, Administration virtqueues | The device MUST process commands on a given administration virtqueue in the order in which they are queued. | `Ordering` (option, AdminVq.tla:"),
        md.out());
    CliRun json = CliRun.of("properties", "--statements", "--format", "json");
    assertEquals(0, json.exit(), json.err());
    JsonNode rows = new ObjectMapper().readTree(json.out()).get("statements");
    assertEquals(StatementReport.project(ROOT).table().statements().size(), rows.size());
    for (JsonNode r : rows) {
      assertTrue(r.get("encodedBy").size() > 0 != r.has("outOfScope"), r.toString());
      r.get("encodedBy").forEach(e -> assertTrue(e.get("line").asInt() > 0, e.toString()));
    }
  }
}
