package dev.admincvq.reference;

import dev.admincvq.reference.wire.Command;
import dev.admincvq.reference.wire.Mac;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * One random enabled action of any actor, within bounds like a model's ({@code CmdId}, {@code
 * MaxInc}), for random walks. The test reads the whole state to know what is enabled; the actors
 * themselves refuse anything else.
 */
final class RandomActions {
  private final int maxCmds;
  private final int maxGen;

  /**
   * @param maxCmds submissions at most
   * @param maxGen no VF is (re)created beyond this generation
   */
  RandomActions(int maxCmds, int maxGen) {
    this.maxCmds = maxCmds;
    this.maxGen = maxGen;
  }

  /** Takes one enabled action chosen by {@code random}; empty if none is enabled. */
  Optional<SpecAction> step(Machine m, RandomGenerator random) {
    AbstractState s = m.snapshot();
    Options o = m.options();
    List<Supplier<Outcome<?>>> actions = new ArrayList<>();
    List<SpecAction> names = new ArrayList<>();
    boolean idsLeft = s.shared().req().size() < maxCmds;
    for (int t = 0; t <= o.maxVfs() && idsLeft; t++) {
      int target = t;
      Command setMac = new Command.SetMac(Mac.fromSpec(1 + random.nextInt(2)));
      if (m.driver().whyNotSubmitAdmin(t, setMac).isEmpty()) {
        add(
            actions,
            names,
            SpecAction.DRIVER_SUBMIT_ADMIN,
            () -> m.driver().driverSubmitAdmin(target, setMac));
        if (t > 0) {
          add(
              actions,
              names,
              SpecAction.DRIVER_SUBMIT_ADMIN,
              () -> m.driver().driverSubmitAdmin(target, new Command.SetTrust(true)));
        }
      }
    }
    if (!s.shared().adminUsed().isEmpty()) {
      add(actions, names, SpecAction.DRIVER_COLLECT, () -> m.driver().driverCollect());
    }
    if (m.driver().whyNotSriovDisable().isEmpty()) {
      add(actions, names, SpecAction.DRIVER_SRIOV_DISABLE, () -> m.driver().driverSriovDisable());
    }
    for (int n = 1; n <= o.maxVfs(); n++) {
      int count = n;
      boolean genLeft =
          s.device().gen().headMap(n, true).values().stream().allMatch(g -> g < maxGen);
      if (genLeft && m.driver().whyNotSriovEnable(n).isEmpty()) {
        add(
            actions,
            names,
            SpecAction.DRIVER_SRIOV_ENABLE,
            () -> m.driver().driverSriovEnable(count));
      }
    }
    for (int v = 1; v <= o.maxVfs(); v++) {
      int vf = v;
      for (int g : m.driver().pendingNotices(v)) {
        add(
            actions,
            names,
            SpecAction.DRIVER_LEARN_VF_RESET,
            () -> m.driver().driverLearnVfReset(vf, g));
      }
      VfState state = s.device().vfState(v);
      boolean genLeft = o.vfResetKeepsConfig() || s.device().gen(v) < maxGen;
      if (state == VfState.LIVE && idsLeft) {
        add(
            actions,
            names,
            SpecAction.VF_DRIVER_SUBMIT,
            () -> m.vfDriver(vf).vfDriverSubmit(Mac.fromSpec(1 + random.nextInt(2))));
      }
      if (state != VfState.ABSENT && genLeft) {
        add(actions, names, SpecAction.VF_DRIVER_RESET, () -> m.vfDriver(vf).vfDriverReset());
      }
      if (state == VfState.LIVE && genLeft) {
        add(
            actions,
            names,
            SpecAction.DEVICE_VF_NEEDS_RESET,
            () -> m.device().deviceVfNeedsReset(vf));
      }
      if (m.device().canProcessVf(v)) {
        add(actions, names, SpecAction.DEVICE_PROCESS_VF, () -> m.device().deviceProcessVf(vf));
      }
    }
    for (CmdId c : s.shared().adminQ()) {
      if (m.device().canFetch(c)) {
        add(actions, names, SpecAction.DEVICE_FETCH, () -> m.device().deviceFetch(c));
      }
    }
    for (CmdId c : s.device().inflight()) {
      if (m.device().canProcess(c)) {
        add(actions, names, SpecAction.DEVICE_PROCESS, () -> m.device().deviceProcess(c));
      }
    }
    if (actions.isEmpty()) {
      return Optional.empty();
    }
    int i = random.nextInt(actions.size());
    Outcome<?> outcome = actions.get(i).get();
    if (!outcome.taken()) {
      throw new AssertionError("enabled, yet refused: " + outcome);
    }
    return Optional.of(names.get(i));
  }

  private static void add(
      List<Supplier<Outcome<?>>> actions,
      List<SpecAction> names,
      SpecAction name,
      Supplier<Outcome<?>> action) {
    actions.add(action);
    names.add(name);
  }
}
