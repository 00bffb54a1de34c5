package dev.admincvq.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.admincvq.model.Verdict;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code spec-tla/findings-adminvq.json}, the findings of {@code AdminVq.tla} (issue 14), holds
 * together with the spec and its models: each finding that a model shows names a model of the
 * manifest whose recorded outcome is a counterexample (the finding's trace); each reading names a
 * model whose configuration binds that reading; and every statement such a finding quotes is quoted
 * in the spec itself, so the finding is about text the spec encodes.
 */
class AdminVqFindingsTest {
  private static final Path FINDINGS =
      SpecModelsTest.ROOT.resolve("spec-tla/findings-adminvq.json");
  private static final Path SPEC = SpecModelsTest.ROOT.resolve("spec-tla/AdminVq.tla");
  private static final Set<String> KINDS = Set.of("contradiction", "ambiguity", "gap", "defect");

  private static JsonNode findings() throws Exception {
    return JsonFiles.readArray(FINDINGS, "findings");
  }

  private static Map<String, ModelEntry> models() throws Exception {
    return SpecModelsTest.manifest().models().stream()
        .collect(Collectors.toMap(ModelEntry::name, Function.identity()));
  }

  private static ModelEntry model(Map<String, ModelEntry> models, String name, String finding) {
    ModelEntry m = models.get(name);
    if (m == null) {
      throw new AssertionError(finding + ": no model " + name + " in the manifest");
    }
    return m;
  }

  /** The spec's comments as one line: comment markers dropped, white space collapsed. */
  private static String specComments() throws Exception {
    StringBuilder out = new StringBuilder();
    Pattern block = Pattern.compile("\\(\\*(.*)\\*\\)");
    for (String line : Files.readAllLines(SPEC, StandardCharsets.UTF_8)) {
      Matcher m = block.matcher(line);
      int lineComment = line.indexOf("\\*");
      if (m.find()) {
        out.append(' ').append(m.group(1));
      } else if (lineComment >= 0) {
        out.append(' ').append(line.substring(lineComment + 2));
      } else {
        out.append(" | ");
      }
    }
    return out.toString().replaceAll("\\s+", " ");
  }

  @Test
  void everyFindingHasItsFieldsAndAUniqueId() throws Exception {
    Set<String> ids = new HashSet<>();
    for (JsonNode f : findings()) {
      String id = f.path("id").asText("");
      assertTrue(!id.isEmpty() && ids.add(id), "unique id: " + f);
      assertTrue(KINDS.contains(f.path("kind").asText()), id + ": kind");
      assertTrue(!f.path("section").asText("").isEmpty(), id + ": section");
      assertTrue(f.path("quote").isArray() && !f.path("quote").isEmpty(), id + ": quote");
      assertTrue(f.path("readings").isArray(), id + ": readings");
      assertTrue(!f.path("proposal").asText("").isEmpty(), id + ": proposal");
      assertTrue(f.has("model"), id + ": model (null when no model shows it)");
    }
  }

  @Test
  void aFindingsModelIsACounterexampleOfThePublishedSpecAndEachReadingsModelBindsIt()
      throws Exception {
    Map<String, ModelEntry> models = models();
    for (JsonNode f : findings()) {
      String id = f.path("id").asText();
      if (!f.path("model").isNull()) {
        ModelEntry m = model(models, f.path("model").asText(), id);
        assertEquals("MCAdminVq.tla", String.valueOf(m.spec().getFileName()), id);
        assertEquals(Verdict.SAFETY_FAILURE, m.expected(), id + ": its trace is a counterexample");
      }
      for (JsonNode r : f.path("readings")) {
        ModelEntry m = model(models, r.path("model").asText(), id);
        String binding = r.path("constant").asText() + " = \"" + r.path("value").asText() + "\"";
        assertTrue(
            Files.readString(m.config()).contains(binding),
            id + ": " + m.config() + " does not bind " + binding);
      }
    }
  }

  @Test
  void theStatementsAModelledFindingQuotesAreQuotedInTheSpec() throws Exception {
    String comments = specComments();
    for (JsonNode f : findings()) {
      if (f.path("model").isNull()) {
        continue;
      }
      for (JsonNode q : f.path("quote")) {
        String quote = q.asText().replaceAll("\\s+", " ").replaceAll("[.;,]$", "");
        assertTrue(
            comments.contains(quote),
            f.path("id").asText() + ": AdminVq.tla does not quote \"" + quote + "\"");
      }
    }
  }

  @Test
  void everyReadingConstantOfTheSpecHasAFinding() throws Exception {
    Set<String> constants = new HashSet<>();
    for (JsonNode f : findings()) {
      f.path("readings").forEach(r -> constants.add(r.path("constant").asText()));
    }
    assertTrue(
        constants.containsAll(
            List.of("Ordering", "SriovRuleScope", "UsedListOnVfDisable", "MemberResetMode")),
        constants.toString());
  }
}
