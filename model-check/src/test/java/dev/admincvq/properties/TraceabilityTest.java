package dev.admincvq.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.matrix.Manifest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceabilityTest {
  private static final Path ROOT = Path.of(System.getProperty("admincvq.root", ".."));

  private static Traceability.Row row(Traceability t, String property) {
    return t.rows().stream()
        .filter(r -> r.property().name().equals(property))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void everyPropertyOfTheSpecQuotesAStatementAndSomeModelDecidesIt() throws Exception {
    Traceability t = Traceability.of(Traceability.Sources.project(ROOT));
    assertEquals(List.of(), t.problems(), t.markdown());
    assertTrue(t.rows().size() >= 9, "the spec's properties: " + t.rows());
  }

  @Test
  void theThreadsStatementTracesToTheSeedModelAndTheTestsThatAssertIt() throws Exception {
    Traceability.Row r = row(Traceability.of(Traceability.Sources.project(ROOT)), "NoStaleEffect");
    Citation c = r.property().citations().get(0);
    assertTrue(
        c.text().startsWith("From device level: the effect of the command ties to the lifecycle"),
        c.text());
    assertEquals("the thread", c.source());
    assertTrue(
        r.models()
            .contains(
                new ModelCheck(
                    "seed_none_none_staleEffect",
                    "spec-tla/models/manifest.json",
                    ModelCheck.Outcome.VIOLATED,
                    "")),
        r.models().toString());
    assertTrue(
        r.models()
            .contains(
                new ModelCheck(
                    "drops_barrier_wireGen",
                    "spec-tla/models/manifest.json",
                    ModelCheck.Outcome.HOLDS,
                    "")),
        r.models().toString());
    assertTrue(
        r.models().stream()
            .noneMatch(m -> m.model().startsWith("MC_") || m.model().equals("inductive_drain")),
        "models of the earlier AdminCvq are not this spec's: " + r.models());
    assertTrue(
        r.tests()
            .contains(
                new TestReference(
                    "SpecModelsTest",
                    "asserts the recorded outcome of every model of spec-tla/models/manifest.json")),
        r.tests().toString());
    assertTrue(
        r.tests()
            .contains(
                new TestReference(
                    "SpecModelsTest.theThreadsScenarioIsAStaleEffectAndSomeDesignSatisfiesEverythingUnderEitherVfResetReading",
                    "names it")),
        r.tests().toString());
  }

  /** A project of one small spec, one model and one test, in {@code dir}. */
  private static Traceability.Sources smallProject(Path dir, String properties, String checked)
      throws Exception {
    Path spec = Files.createDirectories(dir.resolve("spec-tla/models"));
    Files.writeString(
        dir.resolve("spec-tla/AdminCvqActors.tla"),
        """
        ---- MODULE AdminCvqActors ----
        VARIABLE x
        Init == x = 0
        Next == x' = x
        Spec == Init /\\ [][Next]_x
        ----
        """
            + properties
            + "====\n");
    Files.writeString(
        spec.resolve("M.cfg"),
        "\\* Expected: success\nSPECIFICATION Spec\nINVARIANTS " + checked + "\n");
    Files.writeString(
        spec.resolve("manifest.json"),
        """
        [{"model": "M", "spec": "AdminCvqActors.tla", "config": "models/M.cfg", "bounds": {}, "expected": "success",
          "violated": null, "distinctStates": 1, "totalStates": 1, "stateDepth": 1}]
        """);
    Path tests = Files.createDirectories(dir.resolve("model-check/src/test/java/x"));
    Files.writeString(
        tests.resolve("SmallTest.java"),
        """
        class SmallTest {
          // Uncited is named in this comment only: that asserts nothing
          @Test
          void citedHolds() {
            check("Cited");
          }

          void helper() {
            check("Unchecked");
          }
        }
        """);
    return Traceability.Sources.project(dir);
  }

  @Test
  void aPropertyWithoutAQuotedStatementOrWithoutAModelIsAProblem(@TempDir Path dir)
      throws Exception {
    Traceability t =
        Traceability.of(
            smallProject(
                dir,
                """
                (* "The device MUST keep x at zero." *)
                Cited == x = 0

                (* Says what it means, quotes nothing. *)
                Uncited == x >= 0

                (* Thread: "x stays small, always" *)
                Unchecked == x < 5
                """,
                "Cited Uncited"));
    assertEquals(
        List.of(
            "AdminCvqActors.tla:11: Uncited quotes no statement of the thread or the virtio spec in its comment",
            "AdminCvqActors.tla:14: Unchecked is decided by no model (none lists it, or every one that does stops at another property)"),
        t.problems());
    Traceability.Row cited = t.rows().get(0);
    assertEquals(
        List.of(new Citation("The device MUST keep x at zero.", "normative spec text")),
        cited.property().citations());
    assertEquals(
        List.of(new ModelCheck("M", "spec-tla/models/manifest.json", ModelCheck.Outcome.HOLDS, "")),
        cited.models());
    assertEquals(List.of(new TestReference("SmallTest.citedHolds", "names it")), cited.tests());
    assertEquals(List.of(), t.rows().get(1).tests(), "a comment names nothing");
    assertEquals(List.of(), t.rows().get(2).tests(), "a helper that is not a test asserts nothing");
    assertTrue(
        t.markdown().contains("| `Uncited` (AdminCvqActors.tla:11) | **none quoted** |"),
        t.markdown());
    assertTrue(t.markdown().contains("| **none decides it** | none |"), t.markdown());
  }

  @Test
  void aCompleteSmallProjectHasNoProblem(@TempDir Path dir) throws Exception {
    Traceability t =
        Traceability.of(
            smallProject(
                dir, "(* \"The device MUST keep x at zero.\" *)\nCited == x = 0\n", "Cited"));
    assertEquals(List.of(), t.problems());
  }

  @Test
  void aSpecWithoutAPropertiesSectionIsAnErrorNamingTheFile(@TempDir Path dir) throws Exception {
    Traceability.Sources s = smallProject(dir, "", "Cited");
    Files.writeString(s.spec(), "---- MODULE AdminCvqActors ----\nInit == TRUE\n====\n");
    Manifest.ManifestException e =
        assertThrows(Manifest.ManifestException.class, () -> Traceability.of(s));
    assertEquals(s.spec() + ": the module defines no Spec", e.problem().toString());
  }

  @Test
  void jsonHasOneObjectPerProperty(@TempDir Path dir) throws Exception {
    Traceability t =
        Traceability.of(
            smallProject(
                dir, "(* \"The device MUST keep x at zero.\" *)\nCited == x = 0\n", "Cited"));
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(t.json());
    assertEquals(1, json.size());
    assertEquals("Cited", json.get(0).get("property").asText());
    assertEquals(
        "normative spec text", json.get(0).get("statements").get(0).get("source").asText());
    assertEquals("holds", json.get(0).get("models").get(0).get("outcome").asText());
    assertEquals(
        Optional.empty(), Optional.ofNullable(json.get(0).get("models").get(0).get("theorem")));
  }
}
