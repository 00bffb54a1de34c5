package dev.admincvq.reference;

import com.google.common.collect.ImmutableList;
import dev.admincvq.reference.shared.Request;
import dev.admincvq.reference.wire.Ack;
import dev.admincvq.reference.wire.Command;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The invariants of {@code AdminCvqActors} evaluated on an {@link AbstractState}, each as the spec
 * states it (the comments quote the spec's definitions). Read by tests and stress runs, never by an
 * actor: they read the history.
 */
public final class Invariants {

  private Invariants() {}

  /** A violated invariant of the spec, and the command or target that violates it. */
  public record Violation(SpecInvariant invariant, String detail) {
    @Override
    public String toString() {
      return invariant.specName() + ": " + detail;
    }
  }

  /** Every violation in {@code s}, in the spec's order of the invariants; empty if none. */
  public static ImmutableList<Violation> check(AbstractState s) {
    List<Violation> out = new ArrayList<>();
    noStaleEffect(s, out);
    failOnGone(s, out);
    trustGate(s, out);
    managementIdReserved(s, out);
    exactlyOnceCompletion(s, out);
    inOrderPerTarget(s, out);
    driverDeviceAgreement(s, out);
    return ImmutableList.copyOf(out);
  }

  /** {@code NoStaleEffect == \A c : effectOn[c] # NoEffect => effectOn[c] = meantFor[c]}. */
  private static void noStaleEffect(AbstractState s, List<Violation> out) {
    s.history()
        .effectOn()
        .forEach(
            (c, g) -> {
              if (g != s.history().meantFor(c)) {
                out.add(
                    new Violation(
                        SpecInvariant.NO_STALE_EFFECT,
                        c + " changed generation " + g + ", meant for " + s.history().meantFor(c)));
              }
            });
  }

  /** {@code FailOnGone == \A c \in goneAt : ack[c] = "ERR"}. */
  private static void failOnGone(AbstractState s, List<Violation> out) {
    for (CmdId c : s.history().goneAt()) {
      if (s.ack(c) != Ack.ERR) {
        out.add(
            new Violation(
                SpecInvariant.FAIL_ON_GONE,
                c + "'s target generation was gone, yet ack " + s.ack(c).specName()));
      }
    }
  }

  /**
   * {@code TrustGate}: every VF-CVQ command acked OK was obeyed under a grant for its generation.
   */
  private static void trustGate(AbstractState s, List<Violation> out) {
    s.shared()
        .req()
        .forEach(
            (c, r) -> {
              if (r.chan() == Chan.VF
                  && r.ack() == Ack.OK
                  && !s.history().trustObeyed().contains(c)) {
                out.add(
                    new Violation(
                        SpecInvariant.TRUST_GATE,
                        c
                            + " on VF "
                            + r.target()
                            + "'s CVQ obeyed without a grant for its generation"));
              }
            });
  }

  /** {@code ManagementIdReserved}: commands to 0 come on the admin CVQ and act on generation 0. */
  private static void managementIdReserved(AbstractState s, List<Violation> out) {
    s.shared()
        .req()
        .forEach(
            (c, r) -> {
              if (r.target() != 0) {
                return;
              }
              OptionalInt effect = s.history().effectOn(c);
              if (r.chan() != Chan.ADMIN
                  || s.history().meantFor(c) != 0
                  || (effect.isPresent() && effect.getAsInt() != 0)) {
                out.add(
                    new Violation(SpecInvariant.MANAGEMENT_ID_RESERVED, c + " to the PF: " + r));
              }
            });
  }

  /** {@code ExactlyOnceCompletion}: completed at most once, exactly when acked, off every queue. */
  private static void exactlyOnceCompletion(AbstractState s, List<Violation> out) {
    s.shared()
        .req()
        .forEach(
            (c, r) -> {
              int n = s.history().completions(c);
              boolean completed = r.ack().written();
              boolean queued =
                  s.shared().adminQ().contains(c)
                      || s.device().inflight().contains(c)
                      || s.shared().vfq().values().stream().anyMatch(q -> q.contains(c));
              if (n > 1 || (n == 1) != completed || (completed && queued)) {
                out.add(
                    new Violation(
                        SpecInvariant.EXACTLY_ONCE_COMPLETION,
                        c
                            + ": "
                            + n
                            + " completions, ack "
                            + r.ack().specName()
                            + (queued ? ", still queued" : "")));
              }
            });
  }

  /** {@code InOrderPerTarget}: admin commands to one target complete in submission order. */
  private static void inOrderPerTarget(AbstractState s, List<Violation> out) {
    for (Map.Entry<CmdId, Request> later : s.shared().req().entrySet()) {
      Request r2 = later.getValue();
      if (r2.chan() != Chan.ADMIN || !r2.ack().written()) {
        continue;
      }
      for (Map.Entry<CmdId, Request> earlier :
          s.shared().req().headMap(later.getKey()).entrySet()) {
        Request r1 = earlier.getValue();
        if (r1.chan() == Chan.ADMIN && r1.target() == r2.target() && !r1.ack().written()) {
          out.add(
              new Violation(
                  SpecInvariant.IN_ORDER_PER_TARGET,
                  later.getKey()
                      + " completed before "
                      + earlier.getKey()
                      + " to target "
                      + r2.target()));
        }
      }
    }
  }

  /**
   * {@code DriverDeviceAgreement}: once the management driver has reaped every set-MAC it sent to
   * an existing target and taken every notification about it, its view equals the device's, and a
   * last set-MAC that succeeded is what the device holds.
   */
  private static void driverDeviceAgreement(AbstractState s, List<Violation> out) {
    for (int t = 0; t <= s.maxVfs(); t++) {
      if (!s.exists(t) || !settled(s, t)) {
        continue;
      }
      if (!s.drvMac(t).equals(s.provMac(t))) {
        out.add(
            new Violation(
                SpecInvariant.DRIVER_DEVICE_AGREEMENT,
                "target "
                    + t
                    + ": driver believes "
                    + s.drvMac(t)
                    + ", device holds "
                    + s.provMac(t)));
        continue;
      }
      int target = t;
      s.drvLast(t)
          .ifPresent(
              c ->
                  s.req(c)
                      .ifPresent(
                          r -> {
                            if (r.ack() == Ack.OK
                                && r.command() instanceof Command.SetMac m
                                && !m.mac().equals(s.provMac(target))) {
                              out.add(
                                  new Violation(
                                      SpecInvariant.DRIVER_DEVICE_AGREEMENT,
                                      "target "
                                          + target
                                          + ": last set-MAC "
                                          + c
                                          + " succeeded, device holds "
                                          + s.provMac(target)));
                            }
                          }));
    }
  }

  /** {@code Settled(t)}. */
  private static boolean settled(AbstractState s, int t) {
    for (Map.Entry<CmdId, Request> e : s.shared().req().entrySet()) {
      Request r = e.getValue();
      if (r.chan() == Chan.ADMIN
          && r.command() instanceof Command.SetMac
          && r.target() == t
          && s.driver().drvOut().contains(e.getKey())) {
        return false;
      }
    }
    if (t == 0) {
      return true;
    }
    var pending = s.shared().resetNotice().get(t);
    return pending == null || pending.isEmpty();
  }
}
