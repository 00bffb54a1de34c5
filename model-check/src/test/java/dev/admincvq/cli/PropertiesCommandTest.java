package dev.admincvq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code admincvq properties}: the generated traceability table of the project's spec. */
class PropertiesCommandTest {
  @Test
  void markdownIsATableWithARowPerPropertyAndExitsZeroWhenEverythingIsTraced() {
    CliRun r = CliRun.of("properties");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    assertTrue(
        r.out()
            .startsWith(
                "| Property | Statement quoted (source) | Models that check it | Tests that assert it |\n|---|---|---|---|\n"),
        r.out());
    assertTrue(r.out().contains("| `FailOnGone` (AdminCvqActors.tla:"), r.out());
  }

  @Test
  void jsonListsStatementsModelsAndTestsPerProperty() throws Exception {
    CliRun r = CliRun.of("properties", "--format", "json");
    assertEquals(0, r.exit(), r.err());
    JsonNode rows = new ObjectMapper().readTree(r.out());
    assertTrue(rows.size() >= 9, r.out());
    for (JsonNode row : rows) {
      assertTrue(row.get("statements").size() > 0, row.toString());
      assertTrue(row.get("models").size() > 0, row.toString());
    }
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    CliRun r = CliRun.of("properties", "--format", "html");
    assertEquals(Exit.USAGE, r.exit());
    assertTrue(r.err().startsWith("admincvq: Invalid value for option '--format'"), r.err());
  }
}
