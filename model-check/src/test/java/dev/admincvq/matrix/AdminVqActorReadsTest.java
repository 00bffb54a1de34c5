package dev.admincvq.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.reference.adminvq.AvqAction;
import dev.admincvq.reference.adminvq.AvqVariable;
import dev.admincvq.tlc.ActorReads;
import dev.admincvq.tlc.SpecReadsAnalyzer;
import dev.admincvq.tlc.SpecReadsAnalyzer.Rules;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The actions of {@code spec-tla/AdminVq.tla}'s {@code Next} with their parameters, and the
 * recovery its {@code Fairness} names, are {@link AvqAction}'s (the one list Java code names them
 * by). Every action of {@code spec-tla/AdminVq.tla} (the administration virtqueue as published)
 * reads only what its actor observes, and no action reads a history variable; checked from the
 * spec's syntax tree with the rules {@link ActorReadsTest} applies to {@code AdminCvqActors}: the
 * owner driver's actions are named {@code Driver...} and read {@code OwnerDriverView}, a member
 * driver's {@code MemberDriver...} and {@code MemberDriverView}, the device's {@code Device...} and
 * {@code DeviceView}; {@code FreshId} is the model's allocator of submission identities, no
 * actor's.
 */
class AdminVqActorReadsTest {
  private static final Path ROOT = Path.of(System.getProperty("admincvq.root", ".."));
  private static final Path SPEC = ROOT.resolve("spec-tla/AdminVq.tla");
  private static final Rules RULES =
      new Rules(
          "Next",
          "historyVars",
          List.of(
              new SpecReadsAnalyzer.Actor("Driver", "OwnerDriverView"),
              new SpecReadsAnalyzer.Actor("MemberDriver", "MemberDriverView"),
              new SpecReadsAnalyzer.Actor("Device", "DeviceView")),
          List.of("FreshId"));
  private static final ActorReads reads = SpecReadsAnalyzer.create().analyze(SPEC, RULES);

  @Test
  void everyActionOfNextIsAnalysedWithItsActorsView() {
    assertTrue(reads.problem().isEmpty(), () -> reads.problem().orElseThrow().toString());
    assertEquals(List.of(), reads.incomplete());
    assertEquals(
        Arrays.stream(AvqAction.values())
            .filter(AvqAction::inNext)
            .map(a -> a.specName() + a.parameters())
            .toList(),
        reads.actions().stream().map(a -> a.name() + a.parameters()).toList(),
        "AvqAction, the Java vocabulary of the spec's actions, is Next's actions with their parameters");
    for (ActorReads.Action action : reads.actions()) {
      assertTrue(action.name().startsWith(action.actor()), action.toString());
    }
    assertEquals(Set.of("Driver", "MemberDriver", "Device"), reads.views().keySet());
    assertEquals(
        List.of(
            "abandoned",
            "completions",
            "created",
            "effectInc",
            "givenUp",
            "inc",
            "lastSet",
            "meantInc",
            "staleResume"),
        reads.history().stream().sorted().toList());
    assertEquals(
        List.of("memberReset", "numVfs", "vfEnable"),
        reads.views().getOrDefault("MemberDriver", List.of()).stream().sorted().toList());
  }

  @Test
  void avqVariableIsTheSpecsVariablesInDeclarationOrder() {
    assertTrue(reads.problem().isEmpty(), () -> reads.problem().orElseThrow().toString());
    assertEquals(
        Arrays.stream(AvqVariable.values()).map(AvqVariable::specName).toList(),
        reads.variables(),
        "AvqVariable, the Java vocabulary of the spec's variables, is its VARIABLES in order");
  }

  @Test
  void theVocabularysActionsOutsideNextAreAppliedInTheFairnessConditions() {
    ActorReads fairness =
        SpecReadsAnalyzer.create()
            .analyze(
                SPEC, new Rules("Fairness", RULES.historyTuple(), RULES.actors(), RULES.exempt()));
    List<String> outsideNext =
        Arrays.stream(AvqAction.values())
            .filter(a -> !a.inNext())
            .map(a -> a.specName() + a.parameters())
            .toList();
    assertEquals(List.of("DriverRecover[]"), outsideNext);
    assertTrue(
        fairness.actions().stream()
            .map(a -> a.name() + a.parameters())
            .toList()
            .containsAll(outsideNext),
        () -> fairness.actions().stream().map(ActorReads.Action::name).toList().toString());
  }

  @Test
  void noActionReadsAHistoryVariableOrOutsideItsActorsView() {
    assertEquals(List.of(), reads.violations(), () -> "\n" + reads.table());
  }

  @Test
  void theOwnerDriverNeverReadsAMembersModePartsOrReset() {
    Map<String, SortedSet<String>> driverReads = new TreeMap<>();
    for (ActorReads.Action action : reads.actions()) {
      SortedSet<String> byDriver = action.readsByActor().getOrDefault("Driver", new TreeSet<>());
      if (!byDriver.isEmpty()) {
        driverReads.put(action.name(), byDriver);
      }
    }
    for (Map.Entry<String, SortedSet<String>> e : driverReads.entrySet()) {
      for (String hidden :
          List.of("mode", "parts", "cfg", "memberReset", "held", "ready", "listUsed")) {
        assertTrue(
            !e.getValue().contains(hidden), e.getKey() + " reads " + hidden + ": " + e.getValue());
      }
    }
  }
}
