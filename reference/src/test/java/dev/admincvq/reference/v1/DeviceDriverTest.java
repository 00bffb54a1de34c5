package dev.admincvq.reference.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.admincvq.reference.v1.device.Device;
import dev.admincvq.reference.v1.wire.Ack;
import dev.admincvq.reference.v1.wire.AdminCtrl;
import dev.admincvq.reference.v1.wire.CtrlCommand;
import dev.admincvq.reference.v1.wire.Mac;
import dev.admincvq.reference.v1.wire.NetCtrl;
import dev.admincvq.reference.v1.wire.WireCodec;
import java.time.Duration;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.checkerframework.checker.nullness.qual.NonNull;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The device's and driver's entry points one by one: what each refuses and why, what each
 * changes, and that a waiting thread is woken by the step it waits for.
 */
class DeviceDriverTest {

  private static final int VF1 = 1;
  private static final CtrlCommand SET_MAC1 = new CtrlCommand.SetMac(Mac.fromSpec(1));
  private static final CtrlCommand TRUST = new CtrlCommand.SetTrust(true);

  private static Machine machine(int numVfs, DriverSync sync, DeviceCheck check, boolean inOrder) {
    return new Machine(new Settings(numVfs, sync, check, inOrder));
  }

  private static <T extends @NonNull Object> T done(Outcome<T> o) {
    assertTrue(o.taken(), o::toString);
    return o.value().orElseThrow();
  }

  private static String refusal(Outcome<?> o) {
    assertTrue(o instanceof Outcome.Refused<?>, o::toString);
    return ((Outcome.Refused<?>) o).refusal().toString();
  }

  private static byte[] admin(int t, CtrlCommand c) {
    return new WireCodec(Integer.MAX_VALUE).encode(AdminCtrl.of(t, c, Ack.UNWRITTEN));
  }

  // ------------------------------------------------------------ placing buffers

  @Test
  void placementRefusalsNameTheFalseConjunct() {
    Machine m = machine(2, DriverSync.NONE, DeviceCheck.NONE, true);
    Device d = m.device();
    assertEquals(Optional.of("t = 3 is not in Target"), d.whyNotPlaceAdmin(3, SET_MAC1));
    assertEquals(Optional.of("t = -1 is not in Target"), d.whyNotPlaceAdmin(-1, SET_MAC1));
    assertEquals(Optional.of("setTrust only to a VF, not to the PF"), d.whyNotPlaceAdmin(0, TRUST));
    assertEquals(Optional.empty(), d.whyNotPlaceAdmin(2, TRUST));
    assertEquals(Optional.empty(), d.whyNotPlaceAdmin(0, SET_MAC1));
    assertEquals(Optional.of("v = 0 is not in VF"), d.whyNotPlaceVf(0, SET_MAC1));
    assertEquals(Optional.of("v = 3 is not in VF"), d.whyNotPlaceVf(3, SET_MAC1));
    assertEquals(Optional.of("the trust command is sent on the admin CVQ only"), d.whyNotPlaceVf(2, TRUST));
    assertEquals(Optional.empty(), d.whyNotPlaceVf(2, SET_MAC1));
    done(d.needReset(2));
    assertEquals(Optional.of("~Live(2): vfState[2] = needsReset"), d.whyNotPlaceAdmin(2, SET_MAC1));
    assertEquals(Optional.of("vfState[2] = needsReset"), d.whyNotPlaceVf(2, SET_MAC1));
    assertFalse(m.driver().canSubmitAdmin(2, SET_MAC1));
    assertFalse(m.driver().canSubmitVf(2, SET_MAC1));
    assertTrue(m.driver().canSubmitAdmin(1, SET_MAC1));
    assertTrue(m.driver().canSubmitVf(1, SET_MAC1));
    assertEquals(
        "DriverSubmitAdmin not enabled: ~Live(2): vfState[2] = needsReset",
        refusal(m.driver().submitAdmin(2, SET_MAC1)));
    assertEquals(
        "DriverSubmitVf not enabled: vfState[2] = needsReset", refusal(m.driver().submitVf(2, SET_MAC1)));
  }

  @Test
  void theDeviceRefusesMalformedBuffersAndUsedIdentitiesAndChangesNothing() {
    Machine m = machine(1, DriverSync.NONE, DeviceCheck.NONE, true);
    Device d = m.device();
    CmdId c = new CmdId(1);
    AbstractState init = m.snapshot();
    assertEquals(
        "DriverSubmitAdmin not enabled: malformed buffer: offset 0: virtual_device_id 2 is not in 0..1",
        refusal(d.placeAdmin(c, admin(2, SET_MAC1))));
    assertEquals(
        "DriverSubmitVf not enabled: malformed buffer: offset 0: buffer ends before class",
        refusal(d.placeVf(c, VF1, new byte[0])));
    assertEquals(
        "DriverSubmitAdmin not enabled: setTrust only to a VF, not to the PF",
        refusal(d.placeAdmin(c, admin(0, TRUST))));
    assertEquals(
        "DriverSubmitVf not enabled: the trust command is sent on the admin CVQ only",
        refusal(d.placeVf(c, VF1, WireCodec.encode(new NetCtrl(TRUST, Ack.UNWRITTEN)))));
    assertEquals(init, m.snapshot());
    Submission s = done(d.placeAdmin(c, admin(1, SET_MAC1)));
    assertEquals(new Submission(1, 1, Chan.ADMIN, SET_MAC1), s);
    assertEquals(
        "DriverSubmitAdmin not enabled: c1 already submitted", refusal(d.placeAdmin(c, admin(0, SET_MAC1))));
    assertEquals(
        "DriverSubmitVf not enabled: c1 already submitted",
        refusal(d.placeVf(c, VF1, WireCodec.encode(new NetCtrl(SET_MAC1, Ack.UNWRITTEN)))));
    assertEquals(ImmutableList.of(c), m.snapshot().adminQ());
    assertEquals(ImmutableList.of(), m.snapshot().vfq(VF1));
  }

  @Test
  void aVfCommandIsStampedWithTheVfsCurrentIncarnation() {
    Machine m = machine(1, DriverSync.NONE, DeviceCheck.NONE, true);
    done(m.device().needReset(VF1));
    done(m.driver().resetVf(VF1));
    CmdId vf = done(m.driver().submitVf(VF1, SET_MAC1));
    CmdId adm = done(m.driver().submitAdmin(VF1, SET_MAC1));
    assertEquals(new Submission(VF1, 2, Chan.VF, SET_MAC1), m.snapshot().cmd(vf).submission());
    assertEquals(new Submission(VF1, 2, Chan.ADMIN, SET_MAC1), m.snapshot().cmd(adm).submission());
    assertEquals(2, m.device().incarnation(VF1));
    assertEquals(Optional.of(new DeviceCmd(new Submission(VF1, 2, Chan.VF, SET_MAC1), Status.QUEUED, false)),
        m.device().command(vf));
    assertEquals(Optional.empty(), m.device().command(new CmdId(9)));
    assertEquals(Optional.of(Status.QUEUED), m.device().status(adm));
  }

  // ------------------------------------------------------------ the device's own actions

  @Test
  void anyOrderDeviceFetchesAndProcessesAnyQueuedCommandButNoOther() {
    Machine m = machine(1, DriverSync.NONE, DeviceCheck.NONE, false);
    Device d = m.device();
    CmdId c1 = done(m.driver().submitAdmin(VF1, SET_MAC1));
    CmdId c2 = done(m.driver().submitAdmin(0, SET_MAC1));
    CmdId none = new CmdId(5);
    assertFalse(d.canFetch(none));
    assertEquals("DeviceFetch not enabled: c5 is not in adminQ", refusal(d.fetch(none)));
    assertFalse(d.canProcess(c1));
    assertEquals("DeviceProcess not enabled: c1 is not in inflight", refusal(d.process(c1)));
    assertTrue(d.canFetch(c2));
    done(d.fetch(c2));
    done(d.fetch(c1));
    assertEquals(ImmutableList.of(c2, c1), m.snapshot().inflight());
    assertTrue(d.canProcess(c1));
    assertEquals(Status.OK, done(d.process(c1)));
    assertEquals(Status.FETCHED, m.snapshot().cmd(c2).status());
  }

  @Test
  void inOrderDeviceNamesTheHeadInItsRefusals() {
    Machine m = machine(1, DriverSync.NONE, DeviceCheck.NONE, true);
    Device d = m.device();
    CmdId c1 = done(m.driver().submitAdmin(VF1, SET_MAC1));
    CmdId c2 = done(m.driver().submitAdmin(VF1, SET_MAC1));
    assertEquals("DeviceFetch not enabled: c2 is not the head of adminQ", refusal(d.fetch(c2)));
    done(d.fetch(c1));
    assertFalse(d.canFetch(c1));
    done(d.fetch(c2));
    assertFalse(d.canProcess(c2));
    assertEquals("DeviceProcess not enabled: c2 is not the head of inflight", refusal(d.process(c2)));
    assertTrue(d.canProcess(c1));
    done(d.process(c1));
    assertFalse(d.canProcess(c1));
    assertTrue(d.canProcess(c2));
  }

  @Test
  void vfEnableCheckFailsAVfCommandOnlyWhileVfEnableIsClearAndNeverAPfCommand() {
    Machine m = machine(1, DriverSync.NONE, DeviceCheck.VF_ENABLE, true);
    CmdId vf = done(m.driver().submitAdmin(VF1, SET_MAC1));
    CmdId pf = done(m.driver().submitAdmin(0, SET_MAC1));
    done(m.device().fetch(vf));
    done(m.device().fetch(pf));
    done(m.driver().sriovDisable());
    assertEquals(Status.ERR, done(m.device().process(vf)));
    assertEquals(Status.OK, done(m.device().process(pf)));
    AbstractState s = m.snapshot();
    assertTrue(s.cmd(vf).gone());
    assertFalse(s.cmd(pf).gone());
    assertEquals(Mac.fromSpec(1), s.devMac(0));
    assertEquals(1, s.effects().size());
  }

  @Test
  void withoutDeviceCheckACommandToAnAbsentVfAcksOkAndChangesNothing() {
    Machine m = machine(1, DriverSync.NONE, DeviceCheck.NONE, true);
    CmdId c = done(m.driver().submitAdmin(VF1, SET_MAC1));
    done(m.device().fetch(c));
    done(m.driver().sriovDisable());
    assertEquals(Status.OK, done(m.device().process(c)));
    AbstractState s = m.snapshot();
    assertTrue(s.cmd(c).gone());
    assertTrue(s.effects().isEmpty());
    assertEquals(Mac.DEFAULT, s.devMac(VF1));
  }

  @Test
  void anAdminEffectRecordsWhetherTheVfWasTrustedBeforeTheChange() {
    Machine m = machine(1, DriverSync.NONE, DeviceCheck.INCARNATION, true);
    CmdId grant = done(m.driver().submitAdmin(VF1, TRUST));
    CmdId mac = done(m.driver().submitAdmin(VF1, SET_MAC1));
    CmdId pf = done(m.driver().submitAdmin(0, SET_MAC1));
    for (CmdId c : ImmutableList.of(grant, mac, pf)) {
      done(m.device().fetch(c));
      done(m.device().process(c));
    }
    AbstractState s = m.snapshot();
    assertTrue(s.trusted(VF1));
    assertEquals(
        ImmutableList.of(
            new Effect(grant, dev.admincvq.reference.v1.wire.Op.SET_TRUST, VF1, 1, 1, Chan.ADMIN, false),
            new Effect(mac, dev.admincvq.reference.v1.wire.Op.SET_MAC, VF1, 1, 1, Chan.ADMIN, true),
            new Effect(pf, dev.admincvq.reference.v1.wire.Op.SET_MAC, 0, 0, 0, Chan.ADMIN, false)),
        s.effects().asList());
    // a revocation is obeyed too
    CmdId revoke = done(m.driver().submitAdmin(VF1, new CtrlCommand.SetTrust(false)));
    done(m.device().fetch(revoke));
    done(m.device().process(revoke));
    assertFalse(m.snapshot().trusted(VF1));
  }

  @Test
  void ownCvqCommandsAreObeyedOnlyWhileLiveAndTrustedAndRecordTheirIncarnation() {
    Machine m = machine(2, DriverSync.NONE, DeviceCheck.INCARNATION, true);
    Device d = m.device();
    assertFalse(d.canProcessVf(0));
    assertFalse(d.canProcessVf(3));
    assertEquals("DeviceProcessVf not enabled: vfq[2] is empty", refusal(d.processVf(2)));
    CmdId g = done(m.driver().submitAdmin(2, TRUST));
    done(d.fetch(g));
    done(d.process(g));
    CmdId own = done(m.driver().submitVf(2, SET_MAC1));
    assertTrue(d.canProcessVf(2));
    assertFalse(d.canProcessVf(1));
    assertEquals(own, done(d.processVf(2)));
    AbstractState s = m.snapshot();
    assertEquals(Status.OK, s.cmd(own).status());
    assertFalse(s.cmd(own).gone());
    assertTrue(s.effects().contains(new Effect(own, dev.admincvq.reference.v1.wire.Op.SET_MAC, 2, 1, 1, Chan.VF, true)));
    assertEquals(Mac.fromSpec(1), s.devMac(2));
    // queued, then the VF needs a reset: processed while not live, it fails and is gone
    CmdId late = done(m.driver().submitVf(2, new CtrlCommand.SetMac(Mac.fromSpec(2))));
    done(d.needReset(2));
    done(d.processVf(2));
    assertEquals(Status.ERR, m.snapshot().cmd(late).status());
    assertTrue(m.snapshot().cmd(late).gone());
    assertEquals(Mac.fromSpec(1), m.snapshot().devMac(2));
  }

  @Test
  void trustGrantedForAnOldIncarnationIsNotTheNewVfsOwnTrust() {
    // DeviceCheck none: the stale grant applies to the new incarnation (TrustedOwn is false)
    Machine m = machine(1, DriverSync.NONE, DeviceCheck.NONE, true);
    CmdId g = done(m.driver().submitAdmin(VF1, TRUST));
    done(m.device().fetch(g));
    done(m.device().needReset(VF1));
    done(m.driver().resetVf(VF1));
    done(m.device().process(g));
    assertTrue(m.snapshot().trusted(VF1));
    CmdId own = done(m.driver().submitVf(VF1, SET_MAC1));
    done(m.device().processVf(VF1));
    assertTrue(m.snapshot().effects().contains(
        new Effect(own, dev.admincvq.reference.v1.wire.Op.SET_MAC, VF1, 2, 2, Chan.VF, false)));
    // a fresh grant for the current incarnation makes it its own trust
    CmdId g2 = done(m.driver().submitAdmin(VF1, TRUST));
    done(m.device().fetch(g2));
    done(m.device().process(g2));
    CmdId own2 = done(m.driver().submitVf(VF1, SET_MAC1));
    done(m.device().processVf(VF1));
    assertFalse(m.snapshot().effects().contains(
        new Effect(own2, dev.admincvq.reference.v1.wire.Op.SET_MAC, VF1, 2, 2, Chan.VF, true)),
        "the old stale grant still counts against TrustedOwn");
  }

  @Test
  void needsResetIsOnlyForALiveVf() {
    Machine m = machine(1, DriverSync.NONE, DeviceCheck.NONE, true);
    assertFalse(m.device().canNeedReset(0));
    assertFalse(m.device().canNeedReset(2));
    assertEquals("VfNeedsReset not enabled: VF 0 is not live", refusal(m.device().needReset(0)));
    assertTrue(m.device().canNeedReset(VF1));
    done(m.device().needReset(VF1));
    assertEquals(VfState.NEEDS_RESET, m.device().vfState(VF1));
    assertFalse(m.device().canNeedReset(VF1));
    assertEquals("VfNeedsReset not enabled: VF 1 is not live", refusal(m.device().needReset(VF1)));
    assertThrows(IllegalArgumentException.class, () -> m.device().vfState(0));
    assertThrows(IllegalArgumentException.class, () -> m.device().incarnation(2));
  }

  // ------------------------------------------------------------ lifecycle

  @Test
  void sriovEnableAndDisableAlternateAndRecreateEveryVfAsANewIncarnation() {
    Machine m = machine(2, DriverSync.NONE, DeviceCheck.NONE, true);
    assertFalse(m.driver().canSriovEnable());
    assertEquals("SriovEnable not enabled: vfEnable is already TRUE", refusal(m.driver().sriovEnable()));
    CmdId g = done(m.driver().submitAdmin(2, TRUST));
    done(m.device().fetch(g));
    done(m.device().process(g));
    CmdId mac = done(m.driver().submitAdmin(1, SET_MAC1));
    done(m.device().fetch(mac));
    done(m.device().process(mac));
    done(m.driver().collect(mac));
    assertEquals(Mac.fromSpec(1), m.snapshot().drvMac(1));
    assertTrue(m.driver().canSriovDisable());
    done(m.driver().sriovDisable());
    assertFalse(m.device().vfEnable());
    assertFalse(m.driver().canSriovDisable());
    assertEquals("SriovDisable not enabled: vfEnable is already FALSE", refusal(m.driver().sriovDisable()));
    AbstractState off = m.snapshot();
    assertEquals(VfState.ABSENT, off.vfState(1));
    assertEquals(VfState.ABSENT, off.vfState(2));
    assertEquals(Mac.DEFAULT, off.devMac(1));
    assertFalse(off.trusted(2));
    assertTrue(m.driver().canSriovEnable());
    assertEquals(ImmutableList.of(2, 2), done(m.driver().sriovEnable()));
    AbstractState on = m.snapshot();
    assertTrue(on.vfEnable());
    assertEquals(VfState.LIVE, on.vfState(2));
    assertEquals(Mac.DEFAULT, on.drvMac(1));
    assertEquals(Optional.empty(), on.drvLast(1));
    done(m.driver().sriovDisable());
    assertEquals(ImmutableList.of(3, 3), done(m.driver().sriovEnable()));
  }

  @Test
  void resetRecreatesOneVfFlushesItsOwnCvqAndLeavesTheOthersAlone() {
    Machine m = machine(2, DriverSync.NONE, DeviceCheck.NONE, true);
    CmdId g = done(m.driver().submitAdmin(1, TRUST));
    done(m.device().fetch(g));
    done(m.device().process(g));
    done(m.driver().collect(g));
    CmdId mac = done(m.driver().submitAdmin(1, SET_MAC1));
    done(m.device().fetch(mac));
    done(m.device().process(mac));
    done(m.driver().collect(mac));
    CmdId other = done(m.driver().submitVf(2, SET_MAC1));
    CmdId own = done(m.driver().submitVf(1, SET_MAC1));
    assertFalse(m.driver().canResetVf(1));
    assertFalse(m.driver().canResetVf(0));
    assertEquals("DriverResetVf not enabled: VF 3 is not in needsReset", refusal(m.driver().resetVf(3)));
    done(m.device().needReset(1));
    assertTrue(m.driver().canResetVf(1));
    assertEquals(ImmutableList.of(own), done(m.driver().resetVf(1)));
    AbstractState s = m.snapshot();
    assertEquals(VfState.LIVE, s.vfState(1));
    assertEquals(2, s.inc(1));
    assertEquals(1, s.inc(2));
    assertFalse(s.trusted(1));
    assertEquals(Mac.DEFAULT, s.devMac(1));
    assertEquals(Mac.DEFAULT, s.drvMac(1));
    assertEquals(Optional.empty(), s.drvLast(1));
    assertEquals(Status.ERR, s.cmd(own).status());
    assertEquals(1, s.completions(own));
    assertEquals(ImmutableList.of(other), s.vfq(2));
    assertEquals(Status.QUEUED, s.cmd(other).status());
  }

  @Test
  void drainRefusesTheResetOfAVfWithAPendingCommandButNotOfAnother() {
    Machine m = machine(2, DriverSync.DRAIN, DeviceCheck.INCARNATION, true);
    CmdId c = done(m.driver().submitAdmin(1, SET_MAC1));
    done(m.device().needReset(1));
    done(m.device().needReset(2));
    assertFalse(m.driver().canResetVf(1));
    assertEquals(
        "DriverResetVf not enabled: drain: a command to VF 1 is still pending",
        refusal(m.driver().resetVf(1)));
    assertTrue(m.driver().canResetVf(2));
    done(m.driver().resetVf(2));
    assertEquals(
        "SriovDisable not enabled: drain: a command to a VF is still pending",
        refusal(m.driver().sriovDisable()));
    done(m.device().fetch(c));
    done(m.device().process(c));
    done(m.driver().collect(c));
    assertTrue(m.driver().canResetVf(1));
  }

  @Test
  void barrierMarksOnlyThePendingCommandsToTheDestroyedVfs() {
    Machine m = machine(2, DriverSync.BARRIER, DeviceCheck.INCARNATION, true);
    CmdId to1 = done(m.driver().submitAdmin(1, SET_MAC1));
    CmdId to2 = done(m.driver().submitAdmin(2, SET_MAC1));
    CmdId toPf = done(m.driver().submitAdmin(0, SET_MAC1));
    done(m.device().needReset(1));
    done(m.driver().resetVf(1));
    AbstractState s = m.snapshot();
    assertTrue(s.cmd(to1).preBarrier());
    assertFalse(s.cmd(to2).preBarrier());
    assertFalse(s.cmd(toPf).preBarrier());
    done(m.driver().sriovDisable());
    s = m.snapshot();
    assertTrue(s.cmd(to2).preBarrier());
    assertFalse(s.cmd(toPf).preBarrier());
  }

  @Test
  void noneAndDrainRaiseNoBarrier() {
    for (DriverSync sync : new DriverSync[] {DriverSync.NONE, DriverSync.DRAIN}) {
      Machine m = machine(1, sync, DeviceCheck.INCARNATION, true);
      CmdId pf = done(m.driver().submitAdmin(0, SET_MAC1));
      done(m.driver().sriovDisable());
      assertFalse(m.snapshot().cmd(pf).preBarrier());
      done(m.driver().sriovEnable());
      done(m.device().needReset(1));
      done(m.driver().resetVf(1));
      assertTrue(m.snapshot().cmd().values().stream().noneMatch(CmdRecord::preBarrier));
    }
  }

  // ------------------------------------------------------------ completions

  @Test
  void collectRefusesUnsubmittedUncompletedAndAlreadySeenCommands() {
    Machine m = machine(1, DriverSync.NONE, DeviceCheck.NONE, true);
    CmdId c = done(m.driver().submitAdmin(VF1, SET_MAC1));
    assertEquals(
        "DriverCollect not enabled: c2 is not pending (not submitted, or already seen)",
        refusal(m.driver().collect(new CmdId(2))));
    assertEquals("DriverCollect not enabled: c1 is not completed", refusal(m.driver().collect(c)));
    done(m.device().fetch(c));
    done(m.device().process(c));
    assertTrue(m.driver().canCollect(c));
    assertEquals(new Completion(c, Status.OK, false), done(m.driver().collect(c)));
    assertFalse(m.driver().canCollect(c));
    assertEquals(
        "DriverCollect not enabled: c1 is not pending (not submitted, or already seen)",
        refusal(m.driver().collect(c)));
    assertEquals(Optional.of(c), m.snapshot().drvLast(VF1));
  }

  @Test
  void completionsToOtherTargetsOrQueuesMayBeCollectedInAnyOrder() {
    Machine m = machine(1, DriverSync.NONE, DeviceCheck.NONE, false);
    CmdId toVf = done(m.driver().submitAdmin(VF1, SET_MAC1));
    CmdId toPf = done(m.driver().submitAdmin(0, SET_MAC1));
    CmdId own = done(m.driver().submitVf(VF1, SET_MAC1));
    CmdId toVfAgain = done(m.driver().submitAdmin(VF1, SET_MAC1));
    for (CmdId c : ImmutableList.of(toVfAgain, toPf, toVf)) {
      done(m.device().fetch(c));
      done(m.device().process(c));
    }
    done(m.device().processVf(VF1));
    assertTrue(m.driver().canCollect(own));
    done(m.driver().collect(own));
    assertFalse(m.driver().canCollect(toVfAgain));
    assertEquals(
        "DriverCollect not enabled: c1 to the same target and queue must be collected first",
        refusal(m.driver().collect(toVfAgain)));
    assertTrue(m.driver().canCollect(toPf));
    done(m.driver().collect(toPf));
    done(m.driver().collect(toVf));
    done(m.driver().collect(toVfAgain));
  }

  @Test
  void onlyAnOkAdminSetMacThatIsNotPreBarrierChangesTheDriversView() {
    Machine m = machine(1, DriverSync.NONE, DeviceCheck.NONE, true);
    CmdId rx = done(m.driver().submitAdmin(VF1, new CtrlCommand.SetRxMode(dev.admincvq.reference.v1.wire.RxFlag.PROMISC, true)));
    done(m.device().fetch(rx));
    done(m.device().process(rx));
    done(m.driver().collect(rx));
    assertEquals(Optional.empty(), m.snapshot().drvLast(VF1));
    CmdId g = done(m.driver().submitAdmin(VF1, TRUST));
    done(m.device().fetch(g));
    done(m.device().process(g));
    done(m.driver().collect(g));
    CmdId own = done(m.driver().submitVf(VF1, SET_MAC1));
    done(m.device().processVf(VF1));
    assertEquals(Status.OK, done(m.driver().collect(own)).status());
    AbstractState s = m.snapshot();
    assertEquals(Mac.fromSpec(1), s.devMac(VF1));
    assertEquals(Mac.DEFAULT, s.drvMac(VF1));
  }

  @Test
  void nextCommandIdCountsSuccessfulSubmissionsOnly() {
    Machine m = machine(1, DriverSync.NONE, DeviceCheck.NONE, true);
    assertEquals(new CmdId(1), m.driver().nextCmdId());
    done(m.driver().submitAdmin(0, SET_MAC1));
    done(m.driver().submitVf(VF1, SET_MAC1));
    m.driver().submitAdmin(0, TRUST);
    assertEquals(new CmdId(3), m.driver().nextCmdId());
    assertEquals(m.device().settings(), m.settings());
    assertEquals(new Settings(1, DriverSync.NONE, DeviceCheck.NONE, true), m.settings());
  }

  // ------------------------------------------------------------ the device thread and waiting

  @Test
  void stepTakesTheOnlyEnabledDeviceActionAndNothingWhenNoneIs() {
    Machine m = machine(2, DriverSync.NONE, DeviceCheck.NONE, true);
    SplittableRandom random = new SplittableRandom(3);
    assertEquals(Optional.empty(), m.device().step(random));
    CmdId c = done(m.driver().submitAdmin(1, SET_MAC1));
    assertEquals(Optional.of(SpecAction.DEVICE_FETCH), m.device().step(random));
    assertEquals(Optional.of(SpecAction.DEVICE_PROCESS), m.device().step(random));
    assertEquals(Status.OK, m.snapshot().cmd(c).status());
    done(m.driver().submitVf(2, SET_MAC1));
    assertEquals(Optional.of(SpecAction.DEVICE_PROCESS_VF), m.device().step(random));
    assertEquals(Optional.empty(), m.device().step(random));
  }

  @Test
  void stepChoosesAmongEveryEnabledActionAndEventuallyTakesEach() {
    java.util.Set<SpecAction> first = new java.util.TreeSet<>();
    for (int seed = 0; seed < 40; seed++) {
      Machine m = machine(2, DriverSync.NONE, DeviceCheck.NONE, false);
      CmdId a = done(m.driver().submitAdmin(1, SET_MAC1));
      done(m.driver().submitAdmin(2, SET_MAC1));
      done(m.device().fetch(a));
      done(m.driver().submitVf(2, SET_MAC1));
      first.add(m.device().step(new SplittableRandom(seed)).orElseThrow());
    }
    assertEquals(
        java.util.Set.of(SpecAction.DEVICE_FETCH, SpecAction.DEVICE_PROCESS, SpecAction.DEVICE_PROCESS_VF),
        first);
  }

  @Test
  void awaitingWithNothingToDoTimesOutAndAwaitingWorkThatIsThereReturnsAtOnce() throws Exception {
    Machine m = machine(1, DriverSync.NONE, DeviceCheck.NONE, true);
    assertFalse(m.device().awaitWork(Duration.ZERO));
    assertFalse(m.device().awaitWork(Duration.ofMillis(1)));
    CmdId c = done(m.driver().submitAdmin(VF1, SET_MAC1));
    assertTrue(m.device().awaitWork(Duration.ZERO));
    assertFalse(m.device().awaitCompleted(c, Duration.ZERO));
    assertFalse(m.device().awaitCompleted(c, Duration.ofMillis(1)));
    done(m.device().fetch(c));
    assertTrue(m.device().awaitWork(Duration.ZERO));
    done(m.device().process(c));
    assertFalse(m.device().awaitWork(Duration.ZERO));
    assertTrue(m.device().awaitCompleted(c, Duration.ZERO));
    CmdId own = done(m.driver().submitVf(VF1, SET_MAC1));
    assertTrue(m.device().awaitWork(Duration.ZERO));
    done(m.device().processVf(VF1));
    assertTrue(m.device().awaitCompleted(own, Duration.ZERO));
  }

  /**
   * Starts {@code wait} on another thread, waits until that thread is parked in a timed wait (the
   * only timed wait on its path is the device's condition), runs {@code wake} here, and asserts
   * the waiter then returns true.
   */
  private static void wakes(java.util.concurrent.Callable<Boolean> wait, Runnable wake)
      throws Exception {
    java.util.concurrent.FutureTask<Boolean> task = new java.util.concurrent.FutureTask<>(wait);
    Thread waiter = new Thread(task, "waiter");
    waiter.start();
    try {
      awaitTimedWaiting(waiter);
      wake.run();
      assertTrue(task.get(60, TimeUnit.SECONDS));
    } finally {
      waiter.interrupt();
    }
  }

  private static void awaitTimedWaiting(Thread t) {
    while (t.getState() != Thread.State.TIMED_WAITING) {
      assertTrue(t.isAlive(), "the waiter returned without waiting");
      Thread.onSpinWait();
    }
  }

  @Test
  @Timeout(120)
  void aThreadWaitingForWorkIsWokenByEachKindOfSubmission() throws Exception {
    Duration day = Duration.ofDays(1);
    Machine m = machine(1, DriverSync.NONE, DeviceCheck.NONE, true);
    wakes(() -> m.device().awaitWork(day), () -> done(m.driver().submitAdmin(VF1, SET_MAC1)));
    Machine n = machine(1, DriverSync.NONE, DeviceCheck.NONE, true);
    wakes(() -> n.device().awaitWork(day), () -> done(n.driver().submitVf(VF1, SET_MAC1)));
  }

  @Test
  @Timeout(120)
  void aThreadWaitingForACompletionIsWokenByEachStepThatCompletes() throws Exception {
    Duration day = Duration.ofDays(1);
    Machine m = machine(1, DriverSync.NONE, DeviceCheck.NONE, true);
    CmdId a = done(m.driver().submitAdmin(VF1, SET_MAC1));
    done(m.device().fetch(a));
    wakes(() -> m.device().awaitCompleted(a, day), () -> done(m.device().process(a)));
    CmdId own = done(m.driver().submitVf(VF1, SET_MAC1));
    wakes(() -> m.device().awaitCompleted(own, day), () -> done(m.device().processVf(VF1)));
    CmdId flushed = done(m.driver().submitVf(VF1, SET_MAC1));
    wakes(() -> m.device().awaitCompleted(flushed, day), () -> done(m.driver().sriovDisable()));
    done(m.driver().sriovEnable());
    CmdId reset = done(m.driver().submitVf(VF1, SET_MAC1));
    done(m.device().needReset(VF1));
    wakes(() -> m.device().awaitCompleted(reset, day), () -> done(m.driver().resetVf(VF1)));
    CmdId never = done(m.driver().submitVf(VF1, SET_MAC1));
    java.util.concurrent.FutureTask<Boolean> task =
        new java.util.concurrent.FutureTask<>(() -> m.device().awaitCompleted(never, day));
    Thread waiter = new Thread(task, "waiter");
    waiter.start();
    try {
      awaitTimedWaiting(waiter);
      m.device().signalChange(); // woken without a completion, it waits again
      awaitTimedWaiting(waiter);
      assertFalse(task.isDone());
      done(m.device().processVf(VF1));
      assertTrue(task.get(60, TimeUnit.SECONDS));
    } finally {
      waiter.interrupt();
    }
  }

  @Test
  void reapCollectsEarlierCompletionsToTheSameTargetAndQueueFirst() throws Exception {
    Machine m = machine(1, DriverSync.NONE, DeviceCheck.NONE, false);
    CmdId c1 = done(m.driver().submitAdmin(VF1, SET_MAC1));
    CmdId c2 = done(m.driver().submitAdmin(VF1, new CtrlCommand.SetMac(Mac.fromSpec(2))));
    CmdId other = done(m.driver().submitAdmin(0, SET_MAC1));
    for (CmdId c : ImmutableList.of(other, c1, c2)) {
      done(m.device().fetch(c));
      done(m.device().process(c));
    }
    assertEquals(new Completion(c2, Status.OK, false), done(m.driver().reap(c2, Duration.ZERO)));
    AbstractState s = m.snapshot();
    assertTrue(s.cmd(c1).seen());
    assertTrue(s.cmd(c2).seen());
    assertFalse(s.cmd(other).seen());
    assertEquals(Mac.fromSpec(2), s.drvMac(VF1));
    // reaping again reports what was learnt
    assertEquals(new Completion(c2, Status.OK, false), done(m.driver().reap(c2, Duration.ZERO)));
    assertEquals(
        "DriverCollect not enabled: c9 was not submitted",
        refusal(m.driver().reap(new CmdId(9), Duration.ZERO)));
    CmdId open = done(m.driver().submitAdmin(VF1, SET_MAC1));
    assertEquals(
        "DriverCollect not enabled: c4 not completed within PT0.001S",
        refusal(m.driver().reap(open, Duration.ofMillis(1))));
  }

  @Test
  void reapSkipsEarlierCommandsThatAreNotCompletedOrGoElsewhere() throws Exception {
    Machine m = machine(1, DriverSync.BARRIER, DeviceCheck.INCARNATION, false);
    CmdId slow = done(m.driver().submitAdmin(VF1, SET_MAC1));
    CmdId own = done(m.driver().submitVf(VF1, SET_MAC1));
    CmdId fast = done(m.driver().submitAdmin(VF1, SET_MAC1));
    done(m.device().processVf(VF1));
    done(m.device().fetch(fast));
    done(m.device().process(fast));
    done(m.driver().sriovDisable());
    assertEquals(new Completion(fast, Status.OK, true), done(m.driver().reap(fast, Duration.ZERO)));
    AbstractState s = m.snapshot();
    assertFalse(s.cmd(slow).seen());
    assertFalse(s.cmd(own).seen());
    assertEquals(Mac.DEFAULT, s.drvMac(VF1));
  }

  @Test
  void theDriverRefusesToReuseAnIdentityTheDeviceAlreadyHas() {
    Machine m = machine(1, DriverSync.NONE, DeviceCheck.NONE, true);
    done(m.device().placeAdmin(new CmdId(1), admin(0, SET_MAC1)));
    assertEquals(
        "DriverSubmitAdmin not enabled: c1 already submitted",
        refusal(m.driver().submitAdmin(VF1, SET_MAC1)));
    assertEquals(
        "DriverSubmitVf not enabled: c1 already submitted",
        refusal(m.driver().submitVf(VF1, SET_MAC1)));
    assertEquals(new CmdId(1), m.driver().nextCmdId());
    assertEquals(Optional.empty(), m.snapshot().drvLast(VF1));
  }
}
