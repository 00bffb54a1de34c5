package dev.admincvq.conform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.admincvq.cli.CliRun;
import org.junit.jupiter.api.Test;

/** {@code admincvq conform} as a user meets it. */
class ConformCommandTest {
  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void printsCoverageAndResultAndExitsZeroWhenEveryPathReplays() {
    CliRun r = run("conform");
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("coverage: 27676/27676 edges (100.0%) by "), r.out());
    assertTrue(r.out().contains("result:   CONFORMS"), r.out());
  }

  @Test
  void jsonPrintsOneObject() throws Exception {
    CliRun r = run("conform", "--model", "MC_none_none_inorder", "--json");
    JsonNode o = new ObjectMapper().readTree(r.out());
    assertEquals(o.get("edges").asInt(), o.get("edgesCovered").asInt());
    assertEquals("none", o.get("options").get("DriverSync").asText());
    assertEquals(r.exit() == 0 ? "conforms" : "diverges", o.get("result").asText());
  }

  @Test
  void anUnknownModelIsAUsageError() {
    CliRun r = run("conform", "--model", "NoSuchModel");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("no such model"), r.err());
  }
}
