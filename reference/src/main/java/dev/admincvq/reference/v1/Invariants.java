package dev.admincvq.reference.v1;

import com.google.common.collect.ImmutableList;
import dev.admincvq.reference.v1.wire.CtrlCommand;
import dev.admincvq.reference.v1.wire.Mac;
import dev.admincvq.reference.v1.wire.Op;
import java.util.Map;
import java.util.Optional;

/**
 * The state invariants of {@code AdminCvq}, evaluated on a snapshot: what stress and conformance
 * tests check. Each method is the spec's definition of the same name.
 */
public final class Invariants {

  private Invariants() {}

  /** The names of the invariants {@code s} violates, in the spec's order; empty if none. */
  public static ImmutableList<String> violated(AbstractState s) {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    if (!noStaleEffect(s)) {
      b.add("NoStaleEffect");
    }
    if (!failOnGone(s)) {
      b.add("FailOnGone");
    }
    if (!trustGate(s)) {
      b.add("TrustGate");
    }
    if (!managementIdReserved(s)) {
      b.add("ManagementIdReserved");
    }
    if (!exactlyOnceCompletion(s)) {
      b.add("ExactlyOnceCompletion");
    }
    if (!inOrderPerTarget(s)) {
      b.add("InOrderPerTarget");
    }
    if (!driverDeviceAgreement(s)) {
      b.add("DriverDeviceAgreement");
    }
    return b.build();
  }

  /** {@code NoStaleEffect}: no command changed an incarnation other than its own. */
  public static boolean noStaleEffect(AbstractState s) {
    return s.effects().stream().noneMatch(Effect::stale);
  }

  /** {@code FailOnGone}: a command whose incarnation was gone when processed completed ERR. */
  public static boolean failOnGone(AbstractState s) {
    return s.cmd().values().stream().allMatch(r -> !r.gone() || r.status() == Status.ERR);
  }

  /** {@code TrustGate}: every command obeyed from a VF's own CVQ was obeyed while trusted. */
  public static boolean trustGate(AbstractState s) {
    return s.effects().stream().allMatch(e -> e.chan() != Chan.VF || e.trusted());
  }

  /** {@code ManagementIdReserved}: id 0 is the PF, on the admin CVQ, incarnation 0. */
  public static boolean managementIdReserved(AbstractState s) {
    boolean cmds =
        s.cmd().values().stream()
            .filter(r -> r.target() == 0)
            .allMatch(r -> r.chan() == Chan.ADMIN && r.submission().inc() == 0);
    boolean effects =
        s.effects().stream()
            .filter(e -> e.target() == 0)
            .allMatch(e -> e.chan() == Chan.ADMIN && e.onInc() == 0);
    return !s.vfState().containsKey(0) && cmds && effects;
  }

  /** {@code ExactlyOnceCompletion}: an ack is written at most once; then the command is off every queue. */
  public static boolean exactlyOnceCompletion(AbstractState s) {
    for (Map.Entry<CmdId, CmdRecord> e : s.cmd().entrySet()) {
      CmdId c = e.getKey();
      int n = s.completions(c);
      boolean completed = e.getValue().status().completed();
      if (n > 1 || (n == 1) != completed) {
        return false;
      }
      if (completed
          && (s.adminQ().contains(c)
              || s.inflight().contains(c)
              || s.vfq().values().stream().anyMatch(q -> q.contains(c)))) {
        return false;
      }
    }
    return s.completions().keySet().stream().allMatch(s.cmd()::containsKey);
  }

  /** {@code InOrderPerTarget}: admin commands to one target complete in submission order. */
  public static boolean inOrderPerTarget(AbstractState s) {
    for (Map.Entry<CmdId, CmdRecord> e2 : s.cmd().entrySet()) {
      CmdRecord r2 = e2.getValue();
      if (r2.chan() != Chan.ADMIN || !r2.status().completed()) {
        continue;
      }
      for (CmdRecord r1 : s.cmd().headMap(e2.getKey()).values()) {
        if (r1.chan() == Chan.ADMIN && r1.target() == r2.target() && !r1.status().completed()) {
          return false;
        }
      }
    }
    return true;
  }

  /** {@code Settled(t)}: every admin set-MAC to {@code t} reaped, no own-CVQ change of this incarnation. */
  public static boolean settled(AbstractState s, int t) {
    boolean reaped =
        s.cmd().values().stream()
            .filter(r -> r.chan() == Chan.ADMIN && r.submission().op() == Op.SET_MAC)
            .filter(r -> r.target() == t)
            .allMatch(CmdRecord::seen);
    boolean noOwnChange =
        s.effects().stream()
            .noneMatch(e -> e.chan() == Chan.VF && e.target() == t && e.onInc() == s.incOf(t));
    return reaped && noOwnChange;
  }

  /** {@code DriverDeviceAgreement}: a settled live target's driver view equals the device. */
  public static boolean driverDeviceAgreement(AbstractState s) {
    for (int t : s.devConfig().keySet()) {
      if (!s.live(t) || !settled(s, t)) {
        continue;
      }
      Mac devMac = s.devMac().get(t);
      Mac drvMac = s.drvMac().get(t);
      if (devMac == null || drvMac == null || !devMac.equals(drvMac)) {
        return false;
      }
      Optional<CmdId> last = s.drvLast(t);
      if (last.isPresent()) {
        CmdRecord r = s.cmd().get(last.get());
        if (r != null
            && r.status() == Status.OK
            && r.submission().command() instanceof CtrlCommand.SetMac m
            && !m.mac().equals(devMac)) {
          return false;
        }
      }
    }
    return true;
  }
}
