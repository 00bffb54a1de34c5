package dev.admincvq.reference.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import dev.admincvq.reference.v1.wire.CtrlCommand;
import dev.admincvq.reference.v1.wire.Mac;
import dev.admincvq.reference.v1.wire.Op;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Each invariant of {@link Invariants} on hand-built states: one state per way of breaking it,
 * next to the closest state that keeps it. The states are built directly (not reached by a
 * machine) so that a hazard the safe designs never reach can still be shown to be detected.
 */
class InvariantsTest {

  private static final Mac MAC1 = Mac.fromSpec(1);
  private static final Mac MAC2 = Mac.fromSpec(2);
  private static final CmdId C1 = new CmdId(1);
  private static final CmdId C2 = new CmdId(2);

  /** A mutable copy of a state, one field per variable, for building test states. */
  private static final class S {
    boolean vfEnable = true;
    TreeMap<Integer, VfState> vfState = new TreeMap<>();
    TreeMap<Integer, Integer> inc = new TreeMap<>();
    TreeMap<Integer, TargetConfig> devConfig = new TreeMap<>();
    TreeMap<Integer, Boolean> trusted = new TreeMap<>();
    TreeMap<CmdId, CmdRecord> cmd = new TreeMap<>();
    ImmutableList<CmdId> adminQ = ImmutableList.of();
    ImmutableList<CmdId> inflight = ImmutableList.of();
    TreeMap<Integer, ImmutableList<CmdId>> vfq = new TreeMap<>();
    TreeMap<Integer, Mac> drvMac = new TreeMap<>();
    TreeMap<Integer, CmdId> drvLast = new TreeMap<>();
    ImmutableSet<Effect> effects = ImmutableSet.of();
    TreeMap<CmdId, Integer> completions = new TreeMap<>();

    /** {@code Init} with one VF. */
    S() {
      vfState.put(1, VfState.LIVE);
      inc.put(1, 1);
      devConfig.put(0, TargetConfig.DEFAULT);
      devConfig.put(1, TargetConfig.DEFAULT);
      trusted.put(1, false);
      vfq.put(1, ImmutableList.of());
      drvMac.put(0, Mac.DEFAULT);
      drvMac.put(1, Mac.DEFAULT);
    }

    /** Adds command {@code c} with its completion count as the device keeps it. */
    S cmd(CmdId c, int t, int inc, Chan chan, Op op, Status status, boolean seen, boolean gone) {
      CtrlCommand command =
          switch (op) {
            case SET_MAC -> new CtrlCommand.SetMac(MAC1);
            case SET_TRUST -> new CtrlCommand.SetTrust(true);
            case SET_RX_MODE -> new CtrlCommand.SetRxMode(dev.admincvq.reference.v1.wire.RxFlag.PROMISC, true);
          };
      cmd.put(c, new CmdRecord(new Submission(t, inc, chan, command), status, seen, false, gone));
      if (status.completed()) {
        completions.put(c, 1);
      }
      return this;
    }

    AbstractState build() {
      return new AbstractState(
          vfEnable,
          ImmutableSortedMap.copyOfSorted(vfState),
          ImmutableSortedMap.copyOfSorted(inc),
          ImmutableSortedMap.copyOfSorted(devConfig),
          ImmutableSortedMap.copyOfSorted(trusted),
          ImmutableSortedMap.copyOfSorted(cmd),
          adminQ,
          inflight,
          ImmutableSortedMap.copyOfSorted(vfq),
          ImmutableSortedMap.copyOfSorted(drvMac),
          ImmutableSortedMap.copyOfSorted(drvLast),
          effects,
          ImmutableSortedMap.copyOfSorted(completions));
    }
  }

  private static Effect effect(CmdId c, int target, int cmdInc, int onInc, Chan chan, boolean trusted) {
    return new Effect(c, Op.SET_MAC, target, cmdInc, onInc, chan, trusted);
  }

  @Test
  void initViolatesNothing() {
    AbstractState s = new S().build();
    assertEquals(ImmutableList.of(), Invariants.violated(s));
    assertEquals(s, new Machine(new Settings(1, DriverSync.NONE, DeviceCheck.NONE, true)).snapshot());
  }

  @Test
  void aStateBreakingEveryInvariantListsThemAllInTheSpecsOrder() {
    S s = new S();
    s.vfState.put(0, VfState.LIVE); // ManagementIdReserved
    // C1 stays queued though gone (FailOnGone) while the later C2 to the same target completed
    // (InOrderPerTarget), twice (ExactlyOnceCompletion)
    s.cmd(C1, 1, 1, Chan.ADMIN, Op.SET_MAC, Status.QUEUED, false, true);
    s.cmd(C2, 1, 1, Chan.ADMIN, Op.SET_MAC, Status.OK, false, false);
    s.completions.put(C2, 2);
    s.cmd.put(new CmdId(3), new CmdRecord(new Submission(1, 1, Chan.ADMIN, new CtrlCommand.SetMac(MAC1)), Status.OK, true, false, true));
    s.completions.put(new CmdId(3), 1);
    s.effects = ImmutableSet.of(effect(new CmdId(3), 1, 1, 2, Chan.VF, false)); // NoStaleEffect, TrustGate
    s.drvMac.put(0, MAC2); // DriverDeviceAgreement: PF settled, driver MAC differs
    assertEquals(
        ImmutableList.of(
            "NoStaleEffect", "FailOnGone", "TrustGate", "ManagementIdReserved",
            "ExactlyOnceCompletion", "InOrderPerTarget", "DriverDeviceAgreement"),
        Invariants.violated(s.build()));
  }

  @Test
  void noStaleEffectFailsOnAnEffectOnAnotherIncarnationOnly() {
    S s = new S();
    s.effects = ImmutableSet.of(effect(C1, 1, 1, 1, Chan.ADMIN, false));
    assertTrue(Invariants.noStaleEffect(s.build()));
    s.effects = ImmutableSet.of(effect(C1, 1, 1, 1, Chan.ADMIN, false), effect(C2, 1, 1, 2, Chan.ADMIN, false));
    assertFalse(Invariants.noStaleEffect(s.build()));
    assertEquals(ImmutableList.of("NoStaleEffect"), Invariants.violated(s.build()));
  }

  @Test
  void failOnGoneFailsOnlyForAGoneCommandThatDidNotAckErr() {
    assertTrue(Invariants.failOnGone(new S().cmd(C1, 1, 1, Chan.ADMIN, Op.SET_MAC, Status.ERR, true, true).build()));
    assertTrue(Invariants.failOnGone(new S().cmd(C1, 1, 1, Chan.ADMIN, Op.SET_MAC, Status.OK, true, false).build()));
    assertFalse(Invariants.failOnGone(new S().cmd(C1, 1, 1, Chan.ADMIN, Op.SET_MAC, Status.OK, true, true).build()));
    assertFalse(Invariants.failOnGone(new S().cmd(C1, 1, 1, Chan.VF, Op.SET_MAC, Status.FETCHED, false, true).build()));
  }

  @Test
  void trustGateFailsOnlyForAnUntrustedEffectFromTheVfsOwnCvq() {
    S s = new S();
    s.effects = ImmutableSet.of(effect(C1, 1, 1, 1, Chan.ADMIN, false), effect(C2, 1, 1, 1, Chan.VF, true));
    assertTrue(Invariants.trustGate(s.build()));
    s.effects = ImmutableSet.of(effect(C2, 1, 1, 1, Chan.VF, false));
    assertFalse(Invariants.trustGate(s.build()));
  }

  @Test
  void managementIdReservedFailsForAVf0AnOwnCvqTo0OrANonZeroIncarnationOf0() {
    assertTrue(Invariants.managementIdReserved(new S().cmd(C1, 0, 0, Chan.ADMIN, Op.SET_MAC, Status.OK, true, false).build()));
    S vf0 = new S();
    vf0.vfState.put(0, VfState.ABSENT);
    assertFalse(Invariants.managementIdReserved(vf0.build()));
    assertFalse(Invariants.managementIdReserved(new S().cmd(C1, 0, 0, Chan.VF, Op.SET_MAC, Status.OK, true, false).build()));
    assertFalse(Invariants.managementIdReserved(new S().cmd(C1, 0, 1, Chan.ADMIN, Op.SET_MAC, Status.OK, true, false).build()));
    S admin0 = new S();
    admin0.effects = ImmutableSet.of(effect(C1, 0, 0, 0, Chan.ADMIN, false), effect(C2, 1, 1, 1, Chan.VF, true));
    assertTrue(Invariants.managementIdReserved(admin0.build()));
    S own0 = new S();
    own0.effects = ImmutableSet.of(effect(C1, 0, 0, 0, Chan.VF, false));
    assertFalse(Invariants.managementIdReserved(own0.build()));
    S inc0 = new S();
    inc0.effects = ImmutableSet.of(effect(C1, 0, 0, 1, Chan.ADMIN, false));
    assertFalse(Invariants.managementIdReserved(inc0.build()));
  }

  @Test
  void exactlyOnceCompletionFailsForEachWayOfMiscountingOrLeavingACompletedCommandQueued() {
    S ok = new S().cmd(C1, 1, 1, Chan.ADMIN, Op.SET_MAC, Status.OK, false, false)
        .cmd(C2, 1, 1, Chan.ADMIN, Op.SET_MAC, Status.QUEUED, false, false);
    ok.adminQ = ImmutableList.of(C2);
    assertTrue(Invariants.exactlyOnceCompletion(ok.build()));

    S twice = new S().cmd(C1, 1, 1, Chan.ADMIN, Op.SET_MAC, Status.OK, false, false);
    twice.completions.put(C1, 2);
    assertFalse(Invariants.exactlyOnceCompletion(twice.build()));

    S never = new S().cmd(C1, 1, 1, Chan.ADMIN, Op.SET_MAC, Status.OK, false, false);
    never.completions.remove(C1);
    assertFalse(Invariants.exactlyOnceCompletion(never.build()));

    S early = new S().cmd(C1, 1, 1, Chan.ADMIN, Op.SET_MAC, Status.FETCHED, false, false);
    early.completions.put(C1, 1);
    assertFalse(Invariants.exactlyOnceCompletion(early.build()));

    S inAdminQ = new S().cmd(C1, 1, 1, Chan.ADMIN, Op.SET_MAC, Status.ERR, false, false);
    inAdminQ.adminQ = ImmutableList.of(C1);
    assertFalse(Invariants.exactlyOnceCompletion(inAdminQ.build()));

    S inFlight = new S().cmd(C1, 1, 1, Chan.ADMIN, Op.SET_MAC, Status.ERR, false, false);
    inFlight.inflight = ImmutableList.of(C1);
    assertFalse(Invariants.exactlyOnceCompletion(inFlight.build()));

    S inVfq = new S().cmd(C1, 1, 1, Chan.VF, Op.SET_MAC, Status.ERR, false, false);
    inVfq.vfq.put(1, ImmutableList.of(C1));
    assertFalse(Invariants.exactlyOnceCompletion(inVfq.build()));

    S unknown = new S();
    unknown.completions.put(C1, 1);
    assertFalse(Invariants.exactlyOnceCompletion(unknown.build()));
  }

  @Test
  void inOrderPerTargetFailsOnlyWhenALaterAdminCommandToTheSameTargetCompletedFirst() {
    assertFalse(Invariants.inOrderPerTarget(new S()
        .cmd(C1, 1, 1, Chan.ADMIN, Op.SET_MAC, Status.FETCHED, false, false)
        .cmd(C2, 1, 1, Chan.ADMIN, Op.SET_MAC, Status.OK, false, false).build()));
    assertTrue(Invariants.inOrderPerTarget(new S()
        .cmd(C1, 1, 1, Chan.ADMIN, Op.SET_MAC, Status.OK, false, false)
        .cmd(C2, 1, 1, Chan.ADMIN, Op.SET_MAC, Status.FETCHED, false, false).build()));
    assertTrue(Invariants.inOrderPerTarget(new S()
        .cmd(C1, 0, 0, Chan.ADMIN, Op.SET_MAC, Status.FETCHED, false, false)
        .cmd(C2, 1, 1, Chan.ADMIN, Op.SET_MAC, Status.OK, false, false).build()));
    assertTrue(Invariants.inOrderPerTarget(new S()
        .cmd(C1, 1, 1, Chan.VF, Op.SET_MAC, Status.QUEUED, false, false)
        .cmd(C2, 1, 1, Chan.ADMIN, Op.SET_MAC, Status.OK, false, false).build()));
    assertTrue(Invariants.inOrderPerTarget(new S()
        .cmd(C1, 1, 1, Chan.ADMIN, Op.SET_MAC, Status.QUEUED, false, false)
        .cmd(C2, 1, 1, Chan.VF, Op.SET_MAC, Status.ERR, false, false).build()));
  }

  @Test
  void aTargetIsSettledOnceEveryAdminSetMacToItIsSeenAndNoOwnCvqChangeHitItsIncarnation() {
    assertTrue(Invariants.settled(new S().cmd(C1, 1, 1, Chan.ADMIN, Op.SET_MAC, Status.OK, true, false).build(), 1));
    assertFalse(Invariants.settled(new S().cmd(C1, 1, 1, Chan.ADMIN, Op.SET_MAC, Status.OK, false, false).build(), 1));
    assertTrue(Invariants.settled(new S().cmd(C1, 0, 0, Chan.ADMIN, Op.SET_MAC, Status.OK, false, false).build(), 1));
    assertTrue(Invariants.settled(new S().cmd(C1, 1, 1, Chan.ADMIN, Op.SET_TRUST, Status.OK, false, false).build(), 1));
    assertTrue(Invariants.settled(new S().cmd(C1, 1, 1, Chan.VF, Op.SET_MAC, Status.OK, false, false).build(), 1));
    S own = new S();
    own.effects = ImmutableSet.of(effect(C1, 1, 1, 1, Chan.VF, true));
    assertFalse(Invariants.settled(own.build(), 1));
    own.inc.put(1, 2); // the own-CVQ change hit an older incarnation
    assertTrue(Invariants.settled(own.build(), 1));
    S admin = new S();
    admin.effects = ImmutableSet.of(effect(C1, 1, 1, 1, Chan.ADMIN, false));
    assertTrue(Invariants.settled(admin.build(), 1));
    S other = new S();
    other.effects = ImmutableSet.of(effect(C1, 1, 1, 1, Chan.VF, true));
    assertTrue(Invariants.settled(other.build(), 0));
  }

  @Test
  void driverDeviceAgreementComparesMacsOfSettledLiveTargetsOnly() {
    S differ = new S();
    differ.drvMac.put(1, MAC1);
    assertFalse(Invariants.driverDeviceAgreement(differ.build()));
    differ.vfState.put(1, VfState.NEEDS_RESET); // not live: not compared
    assertTrue(Invariants.driverDeviceAgreement(differ.build()));
    S unsettled = new S().cmd(C1, 1, 1, Chan.ADMIN, Op.SET_MAC, Status.OK, false, false);
    unsettled.drvMac.put(1, MAC1);
    assertTrue(Invariants.driverDeviceAgreement(unsettled.build()));
  }

  @Test
  void driverDeviceAgreementFailsWhenTheLastOkSetMacDisagreesWithTheDevice() {
    S s = new S().cmd(C1, 1, 1, Chan.ADMIN, Op.SET_MAC, Status.OK, true, false); // sets MAC1
    s.drvLast.put(1, C1);
    s.drvMac.put(1, MAC2);
    s.devConfig.put(1, new TargetConfig(MAC2, false, false));
    assertFalse(Invariants.driverDeviceAgreement(s.build()));
    s.drvMac.put(1, MAC1);
    s.devConfig.put(1, new TargetConfig(MAC1, false, false));
    assertTrue(Invariants.driverDeviceAgreement(s.build()));
    S err = new S().cmd(C1, 1, 1, Chan.ADMIN, Op.SET_MAC, Status.ERR, true, false);
    err.drvLast.put(1, C1);
    assertTrue(Invariants.driverDeviceAgreement(err.build()));
  }

  @Test
  void abstractStateReadsTheSpecsFunctionsAndRefusesIdsOutsideTheirDomain() {
    S b = new S().cmd(C1, 1, 1, Chan.ADMIN, Op.SET_MAC, Status.OK, true, false);
    b.inc.put(1, 4);
    b.drvLast.put(1, C1);
    b.devConfig.put(1, new TargetConfig(MAC2, false, false));
    b.drvMac.put(1, MAC1);
    b.trusted.put(1, true);
    AbstractState s = b.build();
    assertEquals(1, s.numVfs());
    assertEquals(0, s.incOf(0));
    assertEquals(4, s.incOf(1));
    assertEquals(0, s.incOf(2));
    assertEquals(4, s.inc(1));
    assertTrue(s.live(0));
    assertTrue(s.live(1));
    assertFalse(s.live(2));
    assertEquals(Optional.of(C1), s.drvLast(1));
    assertEquals(Optional.empty(), s.drvLast(0));
    assertEquals(MAC2, s.devMac(1));
    assertEquals(ImmutableSortedMap.of(0, Mac.DEFAULT, 1, MAC2), s.devMac());
    assertEquals(MAC1, s.drvMac(1));
    assertTrue(s.trusted(1));
    assertEquals(VfState.LIVE, s.vfState(1));
    assertEquals(ImmutableList.of(), s.vfq(1));
    assertEquals(Status.OK, s.cmd(C1).status());
    assertEquals(1, s.completions(C1));
    assertEquals(0, s.completions(C2));
    NoSuchElementException e = assertThrows(NoSuchElementException.class, () -> s.cmd(C2));
    assertEquals("no c2 in the domain", e.getMessage());
    assertThrows(NoSuchElementException.class, () -> s.vfState(2));
    assertThrows(NoSuchElementException.class, () -> s.inc(0));
    assertThrows(NoSuchElementException.class, () -> s.trusted(0));
    assertThrows(NoSuchElementException.class, () -> s.vfq(2));
    assertThrows(NoSuchElementException.class, () -> s.devMac(2));
    assertThrows(NoSuchElementException.class, () -> s.drvMac(2));
  }
}
