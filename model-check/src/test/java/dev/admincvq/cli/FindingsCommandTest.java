package dev.admincvq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.admincvq.matrix.Manifest;
import dev.admincvq.matrix.ModelEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code admincvq findings}: each finding of {@code spec-tla/findings-adminvq.json} with the
 * counterexample TLC gives for its model now, as JSON or as Markdown for a mail.
 */
class FindingsCommandTest {
  private static final Path ROOT = Path.of(System.getProperty("admincvq.root", ".."));
  private static final Path FINDINGS = ROOT.resolve(FindingsCommand.FINDINGS);
  private static final Path MANIFEST = ROOT.resolve(ProjectLayout.MANIFEST);

  private static CliRun findings(String... args) {
    String[] all = new String[args.length + 5];
    all[0] = "findings";
    all[1] = "--findings";
    all[2] = FINDINGS.toString();
    all[3] = "--manifest";
    all[4] = MANIFEST.toString();
    System.arraycopy(args, 0, all, 5, args.length);
    return CliRun.of(all);
  }

  @Test
  void jsonGivesEveryFindingItsFieldsAndEachModelledFindingATraceFromInitToTheViolation()
      throws Exception {
    CliRun r = findings("--format", "json");
    assertEquals(0, r.exit(), r.err());
    JsonNode shown = new ObjectMapper().readTree(r.out());
    JsonNode recorded = new ObjectMapper().readTree(Files.readString(FINDINGS));
    Manifest manifest = Manifest.read(MANIFEST);
    assertEquals(recorded.size(), shown.size());
    int traced = 0;
    for (int i = 0; i < shown.size(); i++) {
      JsonNode f = shown.get(i);
      JsonNode rec = recorded.get(i);
      for (String field :
          new String[] {"id", "section", "quote", "readings", "trace", "proposal"}) {
        assertTrue(f.has(field), f.path("id") + " lacks " + field);
      }
      assertEquals(rec.get("id"), f.get("id"));
      assertEquals(rec.get("quote"), f.get("quote"));
      assertEquals(rec.get("readings"), f.get("readings"));
      if (rec.get("model").isNull()) {
        assertEquals(0, f.get("trace").size(), f.path("id").asText());
        continue;
      }
      traced++;
      JsonNode trace = f.get("trace");
      String name = rec.get("model").asText();
      ModelEntry model =
          manifest.models().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
      assertEquals(
          model.traceLength().orElseThrow(),
          trace.size(),
          f.path("id").asText() + ": the shortest counterexample the manifest records");
      assertEquals(
          model.violated().orElseThrow(), f.get("violated").asText(), f.path("id").asText());
      assertEquals("Init", trace.get(0).get("action").asText());
      for (int s = 1; s < trace.size(); s++) {
        JsonNode step = trace.get(s);
        assertEquals(s + 1, step.get("step").asInt());
        assertTrue(
            !step.get("action").asText().equals("Init") && step.get("changes").size() > 0,
            step.toString());
      }
    }
    assertTrue(traced >= 5, "findings with a trace: " + traced);
  }

  @Test
  void markdownQuotesTheTextAndNumbersTheStepsOfTheTrace() {
    CliRun r = findings("--finding", "order-one-queue");
    assertEquals(0, r.exit(), r.err());
    String md = r.out();
    assertTrue(md.startsWith("## order-one-queue (contradiction)\n"), md);
    assertTrue(
        md.contains(
            "> The device MUST process commands on a given administration virtqueue in the order in which they are queued."),
        md);
    assertTrue(md.contains("\n1. `DriverSubmit("), md);
    assertTrue(md.contains("\n2. `"), md);
    assertTrue(md.contains("The last state violates `NoCrossMemberWaitInv`."), md);
    assertTrue(md.contains("Proposed text:\n\n> Replace"), md);
    assertTrue(!md.contains("## sriov-rule-list-commands"), "only the finding asked for");
  }

  @Test
  void aDefectOfTheTextWithoutAModelSaysSoInsteadOfSteps() {
    CliRun r = findings("--finding", "eexist-missing");
    assertEquals(0, r.exit(), r.err());
    assertTrue(
        r.out()
            .contains("What can happen: no behaviour shows it; it is a defect of the text itself."),
        r.out());
    assertTrue(!r.out().contains("\n1. "), r.out());
  }

  @Test
  void anUnknownFindingIdIsAUsageErrorNamingIt() {
    CliRun r = findings("--finding", "no-such-finding");
    assertEquals(Exit.USAGE, r.exit());
    assertEquals("", r.out());
    assertTrue(
        r.err().startsWith("admincvq: --finding: no finding \"no-such-finding\" in "), r.err());
  }

  @Test
  void aFindingsFileThatIsNotJsonIsNamedWithLineAndColumn(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("findings.json");
    Files.writeString(bad, "[\n  {\"id\": \"x\",\n   \"kind\" \"gap\"}\n]\n");
    CliRun r =
        CliRun.of("findings", "--findings", bad.toString(), "--manifest", MANIFEST.toString());
    assertEquals(Exit.USAGE, r.exit());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("admincvq: " + bad + ":3:11: not valid JSON: "), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
  }

  @Test
  void aFindingWithoutAFieldIsNamedWithItsPosition(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("findings.json");
    Files.writeString(
        bad,
        "[\n  {\"id\": \"x\", \"kind\": \"gap\", \"section\": \"S\", \"quote\": [\"q\"], \"readings\": [],"
            + " \"model\": null}\n]\n");
    CliRun r =
        CliRun.of("findings", "--findings", bad.toString(), "--manifest", MANIFEST.toString());
    assertEquals(Exit.USAGE, r.exit());
    assertEquals(
        "admincvq: " + bad + ":2:3: finding x: missing text field \"proposal\"\n", r.err());
  }

  @Test
  void aFindingWhoseModelNoLongerGivesACounterexampleIsAnErrorNamingFindingAndModel(
      @TempDir Path dir) throws Exception {
    Path stale = dir.resolve("findings.json");
    Files.writeString(
        stale,
        """
        [
          {"id": "stale", "kind": "gap", "section": "S", "quote": ["q"], "readings": [],
           "model": "adminvq_try_again", "proposal": "p"}
        ]
        """);
    CliRun r =
        CliRun.of("findings", "--findings", stale.toString(), "--manifest", MANIFEST.toString());
    assertEquals(Exit.MISMATCH, r.exit());
    assertEquals("", r.out());
    assertEquals(
        "admincvq: finding stale: model adminvq_try_again gives no counterexample (success); the finding's trace is gone\n",
        r.err());
  }
}
