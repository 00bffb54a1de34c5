package dev.admincvq.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.matrix.Manifest;
import dev.admincvq.matrix.ModelEntry;
import dev.admincvq.model.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * proofs/conjuncts.json lists the conjuncts of AdminCvqActors' IInv in IInv's order, and name for
 * each models of the kind its role needs: a counterexample to induction (2 states) for a "cti"
 * conjunct; no counterexample, plus an initial state of the rest violating it, for a "goal"
 * conjunct; no counterexample for a "pinning" one. The models are in the test's manifest or in the
 * one run by hand. (That the models give these outcomes, ProofModelsTest checks for the first; the
 * second is run by hand.)
 */
class ConjunctFileTest {
  private static final Path ROOT = Path.of(System.getProperty("admincvq.root", ".."));
  private static final Pattern IINV_LINE =
      Pattern.compile("(?m)^    /\\\\ (\\w+)\\s+\\\\\\* (\\d+)\\.");
  private static final Pattern CASE_ARM = Pattern.compile("k = (\\d+)\\s*-> (\\w+)");
  private static final Pattern DROP = Pattern.compile("(?m)^\\s*Drop = (\\d+)");

  @Test
  void conjunctsAreIInvsInOrderAndMatchTheModelsConjunctSelector() throws Exception {
    conjunctsAreIInvsInOrder(
        "conjuncts.json", "AdminCvqActors_proof.tla", "MCAdminCvqActors_inductive.tla");
  }

  @Test
  void everyConjunctHasTheModelsItsRoleNeeds() throws Exception {
    conjunctsHaveTheModelsTheirRolesNeed(
        "conjuncts.json", List.of("manifest.json", "manifest_by_hand.json"));
  }

  private static void conjunctsAreIInvsInOrder(
      String conjunctFile, String proofModule, String mcModule) throws Exception {
    List<Conjunct> conjuncts = ConjunctFile.read(ROOT.resolve("proofs").resolve(conjunctFile));
    String proof = Files.readString(ROOT.resolve("proofs").resolve(proofModule));
    String iinv =
        proof.substring(
            proof.indexOf("\nIInv =="), proof.indexOf("\n\n", proof.indexOf("\nIInv ==")));
    Matcher m = IINV_LINE.matcher(iinv);
    int n = 0;
    while (m.find()) {
      n++;
      assertEquals(
          n, Integer.parseInt(String.valueOf(m.group(2))), proofModule + ": IInv numbering");
      assertEquals(
          String.valueOf(m.group(1)),
          conjuncts.get(n - 1).name(),
          conjunctFile + ": conjunct " + n);
    }
    assertEquals(conjuncts.size(), n, conjunctFile + " has one entry per conjunct of IInv");
    String mc = Files.readString(ROOT.resolve("proofs").resolve(mcModule));
    Matcher arm = CASE_ARM.matcher(mc.substring(mc.indexOf("Conjunct(k) ==")));
    int arms = 0;
    while (arm.find() && arms < n) {
      arms++;
      assertEquals(arms, Integer.parseInt(String.valueOf(arm.group(1))));
      assertEquals(
          conjuncts.get(arms - 1).name(), arm.group(2), mcModule + ": Conjunct(" + arms + ")");
    }
    assertEquals(n, arms, mcModule + ": Conjunct(k) covers every conjunct");
    assertTrue(mc.contains("NumConjuncts == " + n), mcModule + ": NumConjuncts is " + n);
  }

  private static void conjunctsHaveTheModelsTheirRolesNeed(
      String conjunctFile, List<String> manifests) throws Exception {
    List<Conjunct> conjuncts = ConjunctFile.read(ROOT.resolve("proofs").resolve(conjunctFile));
    Map<String, ModelEntry> models = new HashMap<>();
    for (String manifest : manifests) {
      for (ModelEntry model :
          Manifest.read(ROOT.resolve("proofs/models").resolve(manifest)).models()) {
        assertTrue(models.put(model.name(), model) == null, model.name() + " is in two manifests");
      }
    }
    for (Conjunct c : conjuncts) {
      for (String name : c.models()) {
        ModelEntry model = entry(models, name);
        Matcher drop = DROP.matcher(Files.readString(model.config()));
        assertTrue(
            drop.find() && Integer.parseInt(String.valueOf(drop.group(1))) == c.number(),
            name + " drops " + c.number());
      }
      switch (c.role()) {
        case CTI ->
            assertTrue(
                c.models().stream()
                    .map(n -> entry(models, n))
                    .anyMatch(
                        m ->
                            m.expected() == Verdict.SAFETY_FAILURE
                                && m.violated().equals(Optional.of("IInvWithout"))
                                && m.traceLength().equals(OptionalInt.of(2))),
                c.number() + " needs a two-state counterexample to induction");
        case GOAL -> {
          assertTrue(hasNoCti(c, models), c.number() + " needs a model finding no counterexample");
          assertTrue(
              c.models().stream()
                  .map(n -> entry(models, n))
                  .anyMatch(
                      m ->
                          m.expected() == Verdict.SAFETY_FAILURE
                              && m.violated().isPresent()
                              && !m.violated().get().equals("IInvWithout")
                              && m.stateDepth() == 0),
              c.number() + " needs a model where the rest of IInv holds and the property does not");
        }
        case PINNING ->
            assertTrue(
                hasNoCti(c, models), c.number() + " needs a model finding no counterexample");
      }
    }
  }

  private static ModelEntry entry(Map<String, ModelEntry> models, String name) {
    return Optional.ofNullable(models.get(name))
        .orElseThrow(() -> new AssertionError("no model " + name + " in the manifests"));
  }

  private static boolean hasNoCti(Conjunct c, Map<String, ModelEntry> models) {
    return c.models().stream()
        .map(n -> entry(models, n))
        .anyMatch(m -> m.expected() == Verdict.SUCCESS);
  }
}
