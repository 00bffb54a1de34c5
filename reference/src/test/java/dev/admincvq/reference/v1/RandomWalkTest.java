package dev.admincvq.reference.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import dev.admincvq.reference.v1.wire.CtrlCommand;
import dev.admincvq.reference.v1.wire.Mac;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Random behaviours of the machine, driven one spec action at a time through the enabledness
 * checks (as a lockstep replay would), with the bounds of {@code MCAdminCvq} widened a little: two
 * VFs, MACs {1, 2}, up to five submissions, three incarnations per VF.
 */
class RandomWalkTest {

  private static final int NUM_VFS = 2;
  private static final int MAX_CMDS = 5;
  private static final int MAX_INC = 3;

  /** Every enabled action of the bounded {@code Next}, each as a thunk that takes it. */
  static List<Supplier<Outcome<?>>> enabled(Machine m) {
    List<Supplier<Outcome<?>>> out = new ArrayList<>();
    AbstractState s = m.snapshot();
    var drv = m.driver();
    var dev = m.device();
    if (drv.nextCmdId().value() <= MAX_CMDS) {
      for (int t = 0; t <= NUM_VFS; t++) {
        for (int mac = 1; mac <= 2; mac++) {
          CtrlCommand c = new CtrlCommand.SetMac(Mac.fromSpec(mac));
          int target = t;
          if (drv.canSubmitAdmin(t, c)) {
            out.add(() -> drv.submitAdmin(target, c));
          }
          if (drv.canSubmitVf(t, c)) {
            out.add(() -> drv.submitVf(target, c));
          }
        }
        CtrlCommand trust = new CtrlCommand.SetTrust(true);
        int target = t;
        if (drv.canSubmitAdmin(t, trust)) {
          out.add(() -> drv.submitAdmin(target, trust));
        }
      }
    }
    for (CmdId c : s.cmd().keySet()) {
      if (dev.canFetch(c)) {
        out.add(() -> dev.fetch(c));
      }
      if (dev.canProcess(c)) {
        out.add(() -> dev.process(c));
      }
      if (drv.canCollect(c)) {
        out.add(() -> drv.collect(c));
      }
    }
    boolean belowMax = s.inc().values().stream().allMatch(i -> i < MAX_INC);
    for (int v = 1; v <= NUM_VFS; v++) {
      int vf = v;
      if (dev.canProcessVf(v)) {
        out.add(() -> dev.processVf(vf));
      }
      if (dev.canNeedReset(v)) {
        out.add(() -> dev.needReset(vf));
      }
      if (drv.canResetVf(v) && s.inc(v) < MAX_INC) {
        out.add(() -> drv.resetVf(vf));
      }
    }
    if (drv.canSriovDisable()) {
      out.add(drv::sriovDisable);
    }
    if (drv.canSriovEnable() && belowMax) {
      out.add(drv::sriovEnable);
    }
    return out;
  }

  /** Takes the choices' actions; checks {@code check} on every state and AckFinalProp on every step. */
  static void walk(Settings settings, List<Integer> choices, java.util.function.Consumer<AbstractState> check) {
    Machine m = new Machine(settings);
    AbstractState before = m.snapshot();
    check.accept(before);
    for (int choice : choices) {
      List<Supplier<Outcome<?>>> enabled = enabled(m);
      if (enabled.isEmpty()) {
        break;
      }
      Outcome<?> o = enabled.get(choice % enabled.size()).get();
      assertTrue(o.taken(), o::toString);
      AbstractState after = m.snapshot();
      check.accept(after);
      ackFinal(before, after);
      before = after;
    }
    // Fairness: the device keeps processing and the driver keeps reaping; every command completes.
    for (int i = 0; i < 1000; i++) {
      List<Supplier<Outcome<?>>> work = new ArrayList<>();
      for (CmdId c : m.snapshot().cmd().keySet()) {
        if (m.device().canFetch(c)) {
          work.add(() -> m.device().fetch(c));
        }
        if (m.device().canProcess(c)) {
          work.add(() -> m.device().process(c));
        }
        if (m.driver().canCollect(c)) {
          work.add(() -> m.driver().collect(c));
        }
      }
      for (int v = 1; v <= NUM_VFS; v++) {
        int vf = v;
        if (m.device().canProcessVf(v)) {
          work.add(() -> m.device().processVf(vf));
        }
      }
      if (work.isEmpty()) {
        break;
      }
      assertTrue(work.get(0).get().taken());
      check.accept(m.snapshot());
    }
    AbstractState last = m.snapshot();
    for (Map.Entry<CmdId, CmdRecord> e : last.cmd().entrySet()) {
      assertTrue(e.getValue().status().completed(), "EveryCommandCompletes: " + e.getKey());
      assertTrue(e.getValue().seen(), "reaped: " + e.getKey());
    }
  }

  /** {@code AckFinalProp}: an ack, once written, is never rewritten. */
  static void ackFinal(AbstractState before, AbstractState after) {
    before.cmd().forEach(
        (c, r) -> {
          if (r.status().completed()) {
            assertEquals(r.status(), after.cmd(c).status(), "AckFinalProp: " + c);
          }
        });
  }

  static Gen<List<Integer>> choices() {
    return SourceDSL.lists().of(Generate.range(0, 1 << 20)).ofSizeBetween(0, 40);
  }

  static Gen<Settings> allDesigns() {
    return Generate.enumValues(DriverSync.class)
        .zip(
            Generate.enumValues(DeviceCheck.class),
            Generate.booleans(),
            (s, c, o) -> new Settings(NUM_VFS, s, c, o));
  }

  @Test
  void safeDesignsKeepEveryInvariantInEveryReachedState() {
    Gen<Settings> safe =
        Generate.pick(
            ImmutableList.of(
                Settings.safe(NUM_VFS, DriverSync.DRAIN), Settings.safe(NUM_VFS, DriverSync.BARRIER)));
    qt().withExamples(400)
        .forAll(safe, choices())
        .checkAssert(
            (settings, choices) ->
                walk(settings, choices, s -> assertEquals(ImmutableList.of(), Invariants.violated(s))));
  }

  @Test
  void everyDesignCompletesEachCommandExactlyOnceAndReservesId0() {
    qt().withExamples(400)
        .forAll(allDesigns(), choices())
        .checkAssert(
            (settings, choices) ->
                walk(
                    settings,
                    choices,
                    s -> {
                      assertTrue(Invariants.exactlyOnceCompletion(s), "ExactlyOnceCompletion");
                      assertTrue(Invariants.managementIdReserved(s), "ManagementIdReserved");
                    }));
  }

  @Test
  void barrierWithAnyOrderBreaksNoLifecycleProperty() {
    Settings s = new Settings(NUM_VFS, DriverSync.BARRIER, DeviceCheck.INCARNATION, false);
    qt().withExamples(300)
        .forAll(choices())
        .checkAssert(
            choices ->
                walk(
                    s,
                    choices,
                    st -> {
                      assertTrue(Invariants.noStaleEffect(st), "NoStaleEffect");
                      assertTrue(Invariants.failOnGone(st), "FailOnGone");
                      assertTrue(Invariants.trustGate(st), "TrustGate");
                    }));
  }

  @Test
  void walksReachEachHazardOfTheUnsafeDesigns() {
    Settings unsafe = new Settings(NUM_VFS, DriverSync.NONE, DeviceCheck.NONE, false);
    java.util.Set<String> seen = new java.util.TreeSet<>();
    java.util.Random random = new java.util.Random(42);
    for (int walk = 0; walk < 2000; walk++) {
      List<Integer> choices = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        choices.add(random.nextInt(1 << 20));
      }
      walk(unsafe, choices, st -> seen.addAll(Invariants.violated(st)));
    }
    assertEquals(
        java.util.Set.of(
            "DriverDeviceAgreement", "FailOnGone", "InOrderPerTarget", "NoStaleEffect", "TrustGate"),
        seen);
  }
}
