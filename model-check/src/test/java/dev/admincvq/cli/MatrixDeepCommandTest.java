package dev.admincvq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code matrix --deep} checks the designs of a manifest at the deep tier's bounds, {@code --jobs}
 * at once with {@code --workers} each, says so, and prints its rows in the manifest's order
 * although it starts the largest design first. Two violating designs (each a few seconds at those
 * bounds) keep it short.
 */
class MatrixDeepCommandTest {
  private static final Path ROOT = Path.of(System.getProperty("admincvq.root", ".."));

  /** A manifest of {@code names}, in that order, with absolute paths. */
  private static Path manifestOf(Path dir, List<String> names) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ArrayNode out = mapper.createArrayNode();
    JsonNode all = mapper.readTree(ROOT.resolve("spec-tla/models/manifest.json").toFile());
    for (String name : names) {
      for (JsonNode m : all) {
        if (m.get("model").asText().equals(name)) {
          ObjectNode one = m.deepCopy();
          one.put("spec", ROOT.resolve("spec-tla").resolve(m.get("spec").asText()).toString());
          one.put("config", ROOT.resolve("spec-tla").resolve(m.get("config").asText()).toString());
          out.add(one);
        }
      }
    }
    assertEquals(names.size(), out.size(), "every design named is in the manifest");
    Path manifest = dir.resolve("manifest.json");
    mapper.writeValue(manifest.toFile(), out);
    return manifest;
  }

  @Test
  void checksTwoDesignsAtOnceOneWorkerEachAndPrintsThemInManifestOrder(@TempDir Path dir)
      throws Exception {
    // keeps_rtnl_none records 197 states at the quick bounds, drops_none_none 650: the second
    // starts first
    List<String> names = List.of("keeps_rtnl_none", "drops_none_none");
    CliRun r =
        CliRun.of(
            "matrix", "--deep", "--jobs", "2", "--manifest", manifestOf(dir, names).toString());
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(
        r.out().contains("2 of 2 designs give the quick tier's verdict at "), r.out() + r.err());
    assertTrue(r.out().contains("2 designs at once with 1 worker each."), r.out());
    int first = r.out().indexOf("keeps_rtnl_none");
    int second = r.out().indexOf("drops_none_none");
    assertTrue(first >= 0 && second > first, "rows in manifest order:\n" + r.out());
  }
}
