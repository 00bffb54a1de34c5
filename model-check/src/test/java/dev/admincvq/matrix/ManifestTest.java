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
  void missingFileIsAProblem(@TempDir Path dir) {
    Problem p =
        assertThrows(Manifest.ManifestException.class, () -> Manifest.read(dir.resolve("none.json"))).problem();
    assertEquals("no such file", p.message());
  }
}
