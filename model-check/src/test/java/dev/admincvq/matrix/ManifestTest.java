package dev.admincvq.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.model.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
  @Test
  void malformedJsonNamesFileLineAndColumn(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("manifest.json");
    Files.writeString(f, "[\n  {\"model\": \"a\",\n   \"expected\" \"success\"}\n]\n");
    Problem p = assertThrows(Manifest.ManifestException.class, () -> Manifest.read(f)).problem();
    assertEquals(f.toString(), p.file());
    assertEquals(3, p.line());
    assertTrue(p.column() > 0);
  }

  @Test
  void unknownExpectedResultIsNamed(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("manifest.json");
    Files.writeString(
        f,
        "[{\"model\": \"m\", \"spec\": \"S.tla\", \"config\": \"S.cfg\", \"expected\": \"fine\","
            + " \"distinctStates\": 1, \"totalStates\": 1, \"stateDepth\": 1}]");
    Problem p = assertThrows(Manifest.ManifestException.class, () -> Manifest.read(f)).problem();
    assertTrue(p.message().contains("unknown expected result \"fine\""), p.message());
  }

  @Test
  void missingFieldIsNamed(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("manifest.json");
    Files.writeString(f, "[{\"model\": \"m\", \"expected\": \"success\"}]");
    Problem p = assertThrows(Manifest.ManifestException.class, () -> Manifest.read(f)).problem();
    assertTrue(p.message().contains("\"spec\""), p.message());
  }

  @Test
  void anEntryWithoutBoundsIsNamed(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("manifest.json");
    Files.writeString(
        f,
        "[{\"model\": \"m\", \"spec\": \"S.tla\", \"config\": \"S.cfg\", \"expected\": \"success\","
            + " \"distinctStates\": 1, \"totalStates\": 1, \"stateDepth\": 1}]");
    Problem p = assertThrows(Manifest.ManifestException.class, () -> Manifest.read(f)).problem();
    assertTrue(p.message().contains("model m: missing object field \"bounds\""), p.message());
  }

  @Test
  void boundsAreReadInOrder(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("manifest.json");
    Files.writeString(
        f,
        "[{\"model\": \"m\", \"spec\": \"S.tla\", \"config\": \"S.cfg\","
            + " \"bounds\": {\"MaxVFs\": 2, \"CmdId\": 3, \"MaxInc\": 2}, \"expected\": \"success\","
            + " \"distinctStates\": 1, \"totalStates\": 1, \"stateDepth\": 1}]");
    ModelEntry m = Manifest.read(f).models().get(0);
    assertEquals("MaxVFs 2, CmdId 3, MaxInc 2", m.boundsText());
  }

  @Test
  void missingFileIsAProblem(@TempDir Path dir) {
    Problem p =
        assertThrows(
                Manifest.ManifestException.class, () -> Manifest.read(dir.resolve("none.json")))
            .problem();
    assertEquals("no such file", p.message());
  }
}
