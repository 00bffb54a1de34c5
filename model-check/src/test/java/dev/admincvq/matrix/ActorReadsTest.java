package dev.admincvq.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.reference.SpecAction;
import dev.admincvq.reference.SpecVariable;
import dev.admincvq.tlc.ActorReads;
import dev.admincvq.tlc.ActorReads.Kind;
import dev.admincvq.tlc.ActorReads.Violation;
import dev.admincvq.tlc.SpecReadsAnalyzer;
import dev.admincvq.tlc.SpecReadsAnalyzer.Rules;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The actions of {@code spec-tla/AdminCvqActors.tla}'s {@code Next}, with their parameters, are
 * {@link SpecAction}'s (the one list Java code names them by). Every action reads only what its
 * actor observes, and no action reads a history variable; checked from the spec's syntax tree
 * (SANY), not from its text.
 *
 * <p>The rules ({@link SpecReadsAnalyzer}): the actions are the operators applied in {@code Next};
 * an operator's actor is given by its name's prefix ({@code Driver}: the management driver, {@code
 * VfDriver}: a VF's driver, {@code Device}: the device), its view by {@code ManagementDriverView},
 * {@code VfDriverView}, {@code DeviceView}. Each action's body is walked with the operators it
 * calls expanded (LET definitions too); a callee named for another actor (a {@code Device...}
 * reaction called by a driver's register write) is checked against that actor's view. {@code
 * FreshId}, the model's allocator of submission identities, is no actor's and is not walked. A read
 * is any occurrence of a state variable, primed or not, except the left side of {@code x' = e},
 * inside {@code UNCHANGED}, and inside {@code e} of {@code h' = e} for a history variable {@code h}
 * (its next value may be computed from anything); the base of {@code [x EXCEPT ...]} is a read of
 * {@code x}. A violation is a read outside the attributed actor's view, or any read of a history
 * variable.
 */
class ActorReadsTest {
  private static final Path ROOT = Path.of(System.getProperty("admincvq.root", ".."));
  private static final Path ACTORS = ROOT.resolve("spec-tla/AdminCvqActors.tla");

  /** Where a read is, as SANY gives it: "line L, col C to line L2, col C2 of module M". */
  private static final Pattern LOCATION = Pattern.compile("line (\\d+), col (\\d+)");

  private static final SpecReadsAnalyzer ANALYZER = SpecReadsAnalyzer.create();
  private static final ActorReads actors = ANALYZER.analyze(ACTORS, Rules.adminCvqActors());
  private static final ActorReads broken = ANALYZER.analyze(synthetic(), Rules.adminCvqActors());

  private static Path synthetic() {
    URL url = ActorReadsTest.class.getResource("/specs/ActorReadsBroken.tla");
    if (url == null) {
      throw new IllegalStateException("no test spec ActorReadsBroken");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void everyActionOfNextIsAnalysedWithItsActorsView() {
    assertTrue(actors.problem().isEmpty(), () -> actors.problem().orElseThrow().toString());
    assertEquals(List.of(), actors.incomplete());
    assertEquals(
        Arrays.stream(SpecAction.values()).map(a -> a.specName() + a.parameters()).toList(),
        actors.actions().stream().map(a -> a.name() + a.parameters()).toList(),
        "SpecAction, the Java vocabulary of the spec's actions, is Next's actions with their parameters");
    for (ActorReads.Action action : actors.actions()) {
      assertTrue(action.name().startsWith(action.actor()), action.toString());
      assertTrue(!action.reads().isEmpty(), action.name() + " reads nothing");
    }
    assertEquals(Set.of("Driver", "VfDriver", "Device"), actors.views().keySet());
    assertEquals(
        List.of("completions", "effectOn", "goneAt", "grantFor", "meantFor", "trustObeyed"),
        actors.history());
    assertEquals(List.of("req", "vfState", "vfq"), actors.views().get("VfDriver"));
    assertTrue(
        actors
            .views()
            .getOrDefault("Driver", List.of())
            .containsAll(List.of("drvOut", "drvGen", "gen", "adminUsed")));
  }

  @Test
  void specVariableIsTheSpecsVariablesInDeclarationOrder() {
    assertTrue(actors.problem().isEmpty(), () -> actors.problem().orElseThrow().toString());
    assertEquals(
        Arrays.stream(SpecVariable.values()).map(SpecVariable::specName).toList(),
        actors.variables(),
        "SpecVariable, the Java vocabulary of the spec's variables, is its VARIABLES in order");
  }

  /**
   * None: the check first found three reads outside the views, each an actor appending to a queue
   * it writes (the base of {@code Append(adminQ, c)}, {@code [req EXCEPT ![c] = ...]}, {@code [vfq
   * EXCEPT ![v] = ...]}); the views now declare those queues. Any new violation fails.
   */
  private static final List<String> KNOWN_VIOLATIONS = List.of();

  @Test
  void noActionReadsAHistoryVariableOrOutsideItsActorsView() {
    List<String> found =
        actors.violations().stream()
            .map(
                v ->
                    v.action()
                        + " "
                        + v.kind()
                        + " "
                        + v.read().actor()
                        + " "
                        + v.read().variable()
                        + " "
                        + v.read().location().split(",", 2)[0])
            .distinct()
            .toList();
    assertEquals(KNOWN_VIOLATIONS, found, () -> "\n" + actors.table() + actors.violations());
    assertTrue(
        actors.violations().stream().noneMatch(v -> v.kind() == Kind.READS_HISTORY), actors::table);
  }

  @Test
  void eachActorsReadsAreWithinItsView() {
    Map<String, SortedSet<String>> outside = new TreeMap<>();
    for (ActorReads.Action action : actors.actions()) {
      action
          .readsByActor()
          .forEach(
              (actor, read) ->
                  read.stream()
                      .filter(v -> !actors.views().getOrDefault(actor, List.of()).contains(v))
                      .forEach(v -> outside.computeIfAbsent(actor, a -> new TreeSet<>()).add(v)));
    }
    assertEquals(Map.of(), outside, () -> "reads outside the actor's view: \n" + actors.table());
  }

  /**
   * The management driver's view holds {@code gen} for every design, but the spec says it reads it
   * only as the proposal's generation register, under {@code "wireGen"} (an independent review
   * found that nothing checked this). So every read of {@code gen} attributed to the management
   * driver must lie in the THEN branch of an {@code IF DeviceCheck = "wireGen"} on its own line.
   */
  @Test
  void theManagementDriverReadsMemberGenerationsOnlyUnderWireGen() throws IOException {
    List<String> lines = Files.readAllLines(ACTORS, StandardCharsets.UTF_8);
    List<ActorReads.Read> genReads =
        actors.actions().stream()
            .flatMap(a -> a.reads().stream())
            .filter(r -> r.actor().equals("Driver") && r.variable().equals("gen"))
            .toList();
    assertTrue(!genReads.isEmpty(), actors::table);
    for (ActorReads.Read read : genReads) {
      Matcher at = LOCATION.matcher(read.location());
      assertTrue(at.find(), read.location());
      String line = lines.get(Integer.parseInt(at.group(1)) - 1);
      int column = Integer.parseInt(at.group(2)) - 1;
      int guard = line.indexOf("IF DeviceCheck = \"wireGen\"");
      int then = guard < 0 ? -1 : line.indexOf(" THEN ", guard);
      int otherwise = then < 0 ? -1 : line.indexOf(" ELSE ", then);
      assertTrue(
          then > 0 && column > then && (otherwise < 0 || column < otherwise),
          () -> read + " is not under IF DeviceCheck = \"wireGen\" THEN: " + line.strip());
    }
  }

  @Test
  void aDriverCallingADeviceReactionIsCheckedAsTheDeviceForThatCall() {
    ActorReads.Action disable = action(actors, "DriverSriovDisable");
    assertTrue(
        disable.readsByActor().getOrDefault("Device", new TreeSet<>()).contains("vfq"),
        disable.readsByActor().toString());
    assertTrue(
        !disable.readsByActor().getOrDefault("Driver", new TreeSet<>()).contains("vfq"),
        disable.readsByActor().toString());
  }

  @Test
  void aSyntheticSpecsHistoryReadAndDriverReadOfDeviceStateAreReported() {
    assertTrue(broken.problem().isEmpty(), () -> broken.problem().orElseThrow().toString());
    assertEquals(List.of(), broken.incomplete());
    List<String> found =
        broken.violations().stream()
            .map(
                v ->
                    v.action()
                        + " "
                        + v.kind()
                        + " "
                        + v.read().actor()
                        + " "
                        + v.read().variable()
                        + " "
                        + String.join(">", v.read().path()))
            .toList();
    assertEquals(
        List.of(
            "DriverPeek OUTSIDE_VIEW Driver devState DriverPeek",
            "DeviceCountsLog READS_HISTORY Device log DeviceCountsLog>seen",
            "VfDriverPoke OUTSIDE_VIEW VfDriver mailbox VfDriverPoke"),
        found,
        () -> "\n" + broken.table());
    Violation history = broken.violations().get(1);
    assertEquals(Kind.READS_HISTORY, history.kind());
    assertTrue(history.read().location().contains("line 47"), history.toString());
  }

  @Test
  void aDeviceReactionAnExemptOperatorAndAHistoryUpdateAreNoViolations() {
    ActorReads.Action write = action(broken, "DriverWrite");
    assertEquals(
        Map.of(
            "Driver", new TreeSet<>(List.of("drvSeen")), "Device", new TreeSet<>(List.of("reg"))),
        write.readsByActor());
    assertEquals(
        Map.of("Device", new TreeSet<>(List.of("mailbox"))),
        action(broken, "DeviceTakes").readsByActor());
  }

  private static ActorReads.Action action(ActorReads reads, String name) {
    return reads.actions().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
  }
}
