package dev.admincvq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.admincvq.guarantee.GuaranteeTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Plain {@code matrix} prints the design x property table its one run per model decides (a success:
 * every property holds; a violation: that property fails; the rest not decided, never guessed), its
 * JSON says the same per model beside the fields it always had, and its lines fit {@code --width}.
 * Five models of the manifest (a complete 2 x 2 grid and one SAFE design) keep it to seconds.
 */
class MatrixAnswerTest {
  private static final Path ROOT = Path.of(System.getProperty("admincvq.root", ".."));
  private static final Set<String> MODELS =
      Set.of(
          "drops_none_none",
          "drops_none_inFlight",
          "drops_drain_none",
          "drops_drain_inFlight",
          "keeps_drain_inFlight");
  private static final int WIDTH = 70;

  private static final class Fixture {
    static final ArrayNode RECORDED = recorded();
    static final Path MANIFEST = manifest(RECORDED);
    static final CliRun PLAIN =
        CliRun.of("matrix", "--jobs", "1", "--manifest", MANIFEST.toString());
  }

  /** The five models' entries of the manifest, with absolute paths. */
  private static ArrayNode recorded() {
    ObjectMapper mapper = new ObjectMapper();
    ArrayNode out = mapper.createArrayNode();
    try {
      for (JsonNode m : mapper.readTree(ROOT.resolve("spec-tla/models/manifest.json").toFile())) {
        if (MODELS.contains(m.path("model").asText())) {
          ObjectNode copy = m.deepCopy();
          copy.put(
              "spec",
              ROOT.resolve("spec-tla")
                  .resolve(m.path("spec").asText())
                  .toAbsolutePath()
                  .toString());
          copy.put(
              "config",
              ROOT.resolve("spec-tla")
                  .resolve(m.path("config").asText())
                  .toAbsolutePath()
                  .toString());
          out.add(copy);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Path manifest(ArrayNode models) {
    try {
      Path dir =
          Files.createDirectories(ROOT.resolve("model-check/target/matrix-answer-test/models"));
      return Files.writeString(
          dir.resolve("manifest.json"), new ObjectMapper().writeValueAsString(models));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @BeforeAll
  static void theFiveModelsRunAsRecorded() {
    assertEquals(MODELS.size(), Fixture.RECORDED.size());
    assertEquals(0, Fixture.PLAIN.exit(), Fixture.PLAIN.err());
  }

  /**
   * The rows of the table after the line that starts with {@code title}, cells split at 2+ spaces.
   */
  private static List<String[]> tableAfter(String out, String title) {
    List<String> lines = out.lines().toList();
    int at = 0;
    while (at < lines.size() && !lines.get(at).startsWith(title)) {
      at++;
    }
    assertTrue(at < lines.size(), "no line starting " + title + " in\n" + out);
    List<String[]> rows = new ArrayList<>();
    for (int i = at + 1; i < lines.size() && !lines.get(i).isBlank(); i++) {
      if (!lines.get(i).startsWith("---")) {
        rows.add(lines.get(i).strip().split("\\s{2,}"));
      }
    }
    return rows;
  }

  @Test
  void eachCellIsWhatTheOneRunEstablishedAndTheRestIsNotDecided() {
    List<String[]> table = tableAfter(Fixture.PLAIN.out(), "Each design x each property");
    assertTrue(Fixture.PLAIN.out().contains(GuaranteeTable.ONE_RUN_LEGEND), Fixture.PLAIN.out());
    List<String> header = Arrays.asList(table.get(0));
    assertEquals("model", header.get(0));
    assertTrue(
        header.containsAll(
            List.of(
                "NoStaleEffect", "FailOnGone", "DriverDeviceAgreement", "EveryCommandCompletes")),
        header.toString());
    assertEquals(MODELS.size(), table.size() - 1, "one row per design");
    for (JsonNode m : Fixture.RECORDED) {
      String name = m.path("model").asText();
      String[] row =
          table.stream()
              .filter(r -> r[0].equals(name))
              .findFirst()
              .orElseThrow(() -> new AssertionError(name));
      List<String> cells = Arrays.asList(row).subList(1, header.size() - 1);
      if (m.path("expected").asText().equals("success")) {
        assertTrue(cells.stream().allMatch("ok"::equals), name + ": " + cells);
        assertEquals("SAFE", row[header.size() - 1], name);
      } else {
        String violated = m.path("violated").asText();
        String expectedCell = "NO (" + m.path("traceLength").asInt() + ")";
        for (int i = 1; i < header.size() - 1; i++) {
          String want = header.get(i).equals(violated) ? expectedCell : GuaranteeTable.NOT_DECIDED;
          assertEquals(want, row[i], name + " / " + header.get(i));
        }
        assertEquals(
            header.size() - 1, row.length, name + ": no SAFE for a design with a violation");
      }
    }
  }

  @Test
  void jsonKeepsItsFieldsAndAddsEachPropertysVerdict() throws Exception {
    CliRun json =
        CliRun.of("matrix", "--jobs", "1", "--json", "--manifest", Fixture.MANIFEST.toString());
    assertEquals(0, json.exit(), json.err());
    JsonNode models = new ObjectMapper().readTree(json.out());
    assertEquals(MODELS.size(), models.size());
    for (JsonNode m : models) {
      for (String field :
          List.of(
              "model",
              "options",
              "bounds",
              "expected",
              "expectedViolated",
              "actual",
              "violated",
              "traceLength",
              "asExpected",
              "mismatches")) {
        assertTrue(m.has(field), m.path("model") + " lost " + field);
      }
      JsonNode verdicts = m.path("propertyVerdicts");
      assertTrue(verdicts.isObject() && verdicts.size() >= 8, m.toString());
      boolean success = m.path("actual").asText().equals("success");
      verdicts
          .properties()
          .forEach(
              e -> {
                String want =
                    success
                        ? "holds"
                        : e.getKey().equals(m.path("violated").asText())
                            ? "violated"
                            : "not decided";
                assertEquals(want, e.getValue().asText(), m.path("model") + " / " + e.getKey());
              });
    }
  }

  @Test
  void matrixLinesFitTheWidthAskedAndKeepEveryCharacter() {
    assertTrue(
        Fixture.PLAIN.out().lines().anyMatch(l -> l.length() > WIDTH),
        "the rows are wide: nothing to fit otherwise");
    CliRun fitted =
        CliRun.of(
            "matrix",
            "--jobs",
            "1",
            "--manifest",
            Fixture.MANIFEST.toString(),
            "--width",
            Integer.toString(WIDTH));
    assertEquals(0, fitted.exit(), fitted.err());
    fitted.out().lines().forEach(l -> assertTrue(l.length() <= WIDTH, l.length() + ": " + l));
    assertEquals(nonSpace(withoutTimes(Fixture.PLAIN.out())), nonSpace(withoutTimes(fitted.out())));
  }

  /** The time column differs from run to run, and with it the rule under the header. */
  private static String withoutTimes(String s) {
    return s.replaceAll("\\d+\\.\\d\\ds", "").replaceAll("-{3,}", "");
  }

  private static String nonSpace(String s) {
    return s.replaceAll("\\s", "");
  }
}
