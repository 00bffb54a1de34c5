package dev.admincvq.conform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.graph.Edge;
import dev.admincvq.reference.adminvq.AdminVqSystem;
import dev.admincvq.reference.adminvq.AvqAction;
import dev.admincvq.reference.adminvq.AvqOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Model-to-implementation conformance of the reference implementation of {@code AdminVq} (the
 * published administration virtqueue, {@code reference/adminvq}): every edge of every {@code
 * adminvq_*} model of the manifest ({@code spec-tla/models/adminvq/*.cfg}, 28 models, at most 2,127
 * states each) replayed in lockstep, the abstraction of the system's state equal to the model's
 * after every step. All of them, not one, because each model is the only one to exercise some
 * reading or action: {@code owner_needs_reset} alone has {@code DeviceNeedsReset} and {@code
 * DriverRecover}, {@code try_again} alone EAGAIN, {@code order_any} and {@code
 * order_start_completes_out_of_order} the other orderings, {@code list_query_sriov_all} the SR-IOV
 * rule on the list commands, {@code used_list_dropped_on_vf_disable} the dropped list, {@code
 * self_group_on_13_device} the Self group on a device without it, {@code two_aqs_13} two queues,
 * the {@code obj_*} and {@code cap_*} models the capability and resource object commands (EEXIST,
 * ENXIO, EBUSY, ENOSPC, a driver that breaks the rules, an owner reset destroying objects). A model
 * whose spec violates a property still conforms: the implementation does what the spec does,
 * violation included. And the replay is not vacuous: a system built with another reading diverges
 * (a lockstep replay checks the implementation can take every step the model takes, so the broken
 * system is the stricter one: "complete" ordering against a "start" model).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // each model's graph is explored once for all tests
class AdminVqConformanceTest {
  static final Path ROOT = Path.of(System.getProperty("admincvq.root", ".."));
  static final Path SPEC = ROOT.resolve("spec-tla/MCAdminVq.tla");
  static final Path MODELS = ROOT.resolve("spec-tla/models/adminvq");

  static Stream<String> models() throws IOException {
    try (Stream<Path> files = Files.list(MODELS)) {
      return files
          .map(p -> MODELS.relativize(p).toString())
          .filter(n -> n.endsWith(".cfg"))
          .sorted()
          .toList()
          .stream();
    }
  }

  private final Map<String, AvqConformance> explored = new HashMap<>();

  private AvqConformance of(String model) {
    return explored.computeIfAbsent(model, m -> AvqConformance.of(SPEC, MODELS.resolve(m)));
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyEdgeOfTheModelReplaysOnTheImplementation(String model) {
    ConformanceReport r = of(model).run();
    assertTrue(r.conforms(), ConformText.report(r));
    assertEquals(r.edges(), r.covered(), "100% edge coverage");
    assertTrue(r.edges() > 0, "a graph to replay");
  }

  @Test
  void theModelsTogetherTakeEverySpecAction() throws IOException {
    Set<String> taken = new TreeSet<>();
    for (String m : models().toList()) {
      of(m).model().graph().edges().stream().map(Edge::action).forEach(taken::add);
    }
    assertEquals(
        Arrays.stream(AvqAction.values())
            .map(AvqAction::specName)
            .collect(Collectors.toCollection(TreeSet::new)),
        taken);
  }

  /** {@code conform --spec adminvq}'s help says its default model takes the most actions. */
  @Test
  void theConformCommandsDefaultModelTakesAsManyActionsAsAnyModel() throws IOException {
    Map<String, Long> actions = new TreeMap<>();
    for (String m : models().toList()) {
      actions.put(m, of(m).model().graph().edges().stream().map(Edge::action).distinct().count());
    }
    long most = actions.values().stream().mapToLong(Long::longValue).max().orElse(0);
    String chosen = ConformSpec.ADMINVQ.defaultModel();
    assertEquals(most, actions.getOrDefault(chosen + ".cfg", -1L), chosen + " among " + actions);
  }

  @Test
  void aDeviceThatKeepsCompletionOrderDivergesFromTheStartOrderingModel() {
    AvqConformance c = of("order_start_completes_out_of_order.cfg");
    AvqOptions o = c.settings().options();
    assertEquals(AvqOptions.Ordering.START, o.ordering());
    AvqOptions broken = o.withOrdering(AvqOptions.Ordering.COMPLETE);
    ConformanceReport r =
        c.model()
            .replay(
                c.settings().named(),
                AvqImplementation.replayer(
                    c.model().graph(), () -> new AdminVqSystem(broken, c.settings().listed())));
    assertFalse(r.conforms());
    assertTrue(r.diverging() > 0);
    Divergence d = r.firstDivergence().orElseThrow();
    assertTrue(d.refusal().orElse("").startsWith("DeviceTake not enabled"), ConformText.report(r));
  }

  @Test
  void theSettingsAreTheConfigsConstants() {
    AvqSettings s = of("try_again.cfg").settings();
    assertTrue(s.options().tryAgain());
    assertTrue(s.listed());
    assertEquals(
        List.of(
            "MaxVFs",
            "NumAq",
            "DeviceGroups",
            "SriovOps",
            "DriverSync",
            "Ordering",
            "SriovRuleScope",
            "UsedListOnVfDisable",
            "MemberResetMode",
            "TryAgain",
            "SelfOps",
            "ObjId",
            "PartsObjLimit",
            "ObjRules",
            "UnsetCapLimit",
            "Listed",
            "Prepared"),
        List.copyOf(s.named().keySet()));
  }
}
