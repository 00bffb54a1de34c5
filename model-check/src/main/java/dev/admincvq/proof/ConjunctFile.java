package dev.admincvq.proof;

import com.fasterxml.jackson.databind.JsonNode;
import dev.admincvq.matrix.JsonFiles;
import dev.admincvq.matrix.Manifest.ManifestException;
import dev.admincvq.model.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code proofs/conjuncts.json}: a JSON array with one object per conjunct of IInv, in order.
 */
public final class ConjunctFile {
  private ConjunctFile() {}

  public static List<Conjunct> read(Path file) throws ManifestException {
    JsonNode root = JsonFiles.readArray(file, "conjuncts");
    List<Conjunct> conjuncts = new ArrayList<>();
    for (JsonNode node : root) {
      int entry = conjuncts.size() + 1;
      List<String> models = new ArrayList<>();
      node.path("models").forEach(m -> models.add(m.asText()));
      String name = node.path("name").asText("");
      Optional<Conjunct.Role> role = Conjunct.Role.of(node.path("role").asText(""));
      if (node.path("conjunct").asInt(0) != entry
          || name.isBlank()
          || models.isEmpty()
          || role.isEmpty()) {
        throw new ManifestException(
            Problem.inFile(
                file.toString(),
                "conjunct #"
                    + entry
                    + ": needs \"conjunct\": "
                    + entry
                    + ", \"name\", \"role\" (cti, goal or pinning) and \"models\""));
      }
      conjuncts.add(new Conjunct(entry, name, role.get(), models, node.path("note").asText("")));
    }
    return List.copyOf(conjuncts);
  }
}
