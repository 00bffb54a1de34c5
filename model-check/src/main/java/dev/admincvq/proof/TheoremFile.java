package dev.admincvq.proof;

import com.fasterxml.jackson.databind.JsonNode;
import dev.admincvq.matrix.JsonFiles;
import dev.admincvq.matrix.Manifest.ManifestException;
import dev.admincvq.model.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code proofs/theorems.json}: a JSON array with one object per theorem. */
public final class TheoremFile {
  private TheoremFile() {}

  public static List<Theorem> read(Path file) throws ManifestException {
    JsonNode root = JsonFiles.readArray(file, "theorems");
    List<Theorem> theorems = new ArrayList<>();
    for (JsonNode node : root) {
      List<String> models = new ArrayList<>();
      node.path("models").forEach(m -> models.add(m.asText()));
      String name = node.path("theorem").asText("");
      if (name.isBlank() || models.isEmpty()) {
        throw new ManifestException(
            Problem.inFile(
                file.toString(),
                "theorem #" + (theorems.size() + 1) + ": needs \"theorem\" and \"models\""));
      }
      theorems.add(
          new Theorem(
              name,
              node.path("module").asText(""),
              node.path("statement").asText(""),
              models,
              node.path("checked").asText(""),
              node.path("unchecked").asText("")));
    }
    return List.copyOf(theorems);
  }
}
