package dev.admincvq.reference.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.admincvq.reference.v1.device.Device;
import dev.admincvq.reference.v1.driver.Driver;
import dev.admincvq.reference.v1.wire.CtrlCommand;
import dev.admincvq.reference.v1.wire.Mac;
import dev.admincvq.reference.v1.wire.RxFlag;
import org.checkerframework.checker.nullness.qual.NonNull;
import org.junit.jupiter.api.Test;

/**
 * The scenarios of spec-tla/RESULTS.md, each as a positive/negative pair: the unsafe design shows
 * the hazard (the invariant TLC reports is violated), the safe design prevents it.
 */
class BehaviourTest {

  private static final int VF1 = 1;
  private static final Mac MAC1 = Mac.fromSpec(1);
  private static final Mac MAC2 = Mac.fromSpec(2);

  private static Machine machine(DriverSync sync, DeviceCheck check, boolean inOrder) {
    return new Machine(new Settings(1, sync, check, inOrder));
  }

  private static <T extends @NonNull Object> T done(Outcome<T> o) {
    assertInstanceOf(Outcome.Done.class, o, o::toString);
    return o.value().orElseThrow();
  }

  private static void refused(Outcome<?> o) {
    assertInstanceOf(Outcome.Refused.class, o);
  }

  private static CtrlCommand setMac(Mac m) {
    return new CtrlCommand.SetMac(m);
  }

  private static CmdId submitFetch(Machine m, int t, CtrlCommand c) {
    CmdId id = done(m.driver().submitAdmin(t, c));
    done(m.device().fetch(id));
    return id;
  }

  /** The thread's scenario: submit, fetch, SR-IOV disable, SR-IOV enable, process. */
  private static Status vfRecreatedBeforeProcess(Machine m) {
    CmdId c = submitFetch(m, VF1, setMac(MAC1));
    done(m.driver().sriovDisable());
    done(m.driver().sriovEnable());
    return done(m.device().process(c));
  }

  // ------------------------------------------------------------ NoStaleEffect

  @Test
  void staleCommandTakesEffectOnRecreatedVfWithoutDeviceCheck() {
    Machine m = machine(DriverSync.NONE, DeviceCheck.NONE, true);
    assertEquals(Status.OK, vfRecreatedBeforeProcess(m));
    AbstractState s = m.snapshot();
    assertEquals(MAC1, s.devMac(VF1));
    assertFalse(Invariants.noStaleEffect(s));
  }

  @Test
  void staleCommandTakesEffectEvenWithVfEnableCheck() {
    Machine m = machine(DriverSync.BARRIER, DeviceCheck.VF_ENABLE, true);
    assertEquals(Status.OK, vfRecreatedBeforeProcess(m));
    assertFalse(Invariants.noStaleEffect(m.snapshot()));
  }

  @Test
  void staleCommandFailsAfterVfRecreated() {
    Machine m = machine(DriverSync.BARRIER, DeviceCheck.INCARNATION, true);
    assertEquals(Status.ERR, vfRecreatedBeforeProcess(m));
    AbstractState s = m.snapshot();
    assertEquals(Mac.DEFAULT, s.devMac(VF1));
    assertTrue(s.effects().isEmpty());
    assertEquals(ImmutableList.of(), Invariants.violated(s));
  }

  @Test
  void drainRefusesSriovDisableWhileACommandToAVfIsPending() {
    Machine m = machine(DriverSync.DRAIN, DeviceCheck.INCARNATION, true);
    CmdId c = submitFetch(m, VF1, setMac(MAC1));
    assertFalse(m.driver().canSriovDisable());
    refused(m.driver().sriovDisable());
    assertTrue(m.snapshot().vfEnable());
    done(m.device().process(c));
    refused(m.driver().sriovDisable()); // completed but not yet collected: still pending
    done(m.driver().collect(c));
    assertTrue(m.driver().canSriovDisable());
    done(m.driver().sriovDisable());
  }

  @Test
  void drainDoesNotWaitForCommandsToThePf() {
    Machine m = machine(DriverSync.DRAIN, DeviceCheck.INCARNATION, true);
    done(m.driver().submitAdmin(0, setMac(MAC1)));
    done(m.driver().sriovDisable());
  }

  // ------------------------------------------------------------ FailOnGone (DEVICE_NEEDS_RESET)

  @Test
  void vfEnableCheckStillAppliesACommandToANeedsResetVf() {
    Machine m = machine(DriverSync.DRAIN, DeviceCheck.VF_ENABLE, true);
    CmdId c = submitFetch(m, VF1, setMac(MAC1));
    done(m.device().needReset(VF1));
    assertEquals(Status.OK, done(m.device().process(c)));
    assertFalse(Invariants.failOnGone(m.snapshot()));
  }

  @Test
  void commandToANeedsResetVfFailsUnderIncarnationCheck() {
    Machine m = machine(DriverSync.DRAIN, DeviceCheck.INCARNATION, true);
    CmdId c = submitFetch(m, VF1, setMac(MAC1));
    done(m.device().needReset(VF1));
    assertEquals(Status.ERR, done(m.device().process(c)));
    AbstractState s = m.snapshot();
    assertTrue(s.cmd(c).gone());
    assertTrue(Invariants.failOnGone(s));
  }

  @Test
  void resetRefusedUnlessTheVfNeedsReset() {
    Machine m = machine(DriverSync.NONE, DeviceCheck.INCARNATION, true);
    refused(m.driver().resetVf(VF1));
    done(m.device().needReset(VF1));
    refused(m.driver().submitAdmin(VF1, setMac(MAC1)));
    done(m.driver().resetVf(VF1));
    assertEquals(2, m.snapshot().inc(VF1));
    assertEquals(VfState.LIVE, m.snapshot().vfState(VF1));
  }

  // ------------------------------------------------------------ DriverDeviceAgreement

  /** Submit, fetch, process OK, disable, enable, collect the old OK. */
  private static AbstractState staleOkCollectedAfterRecreate(Machine m) {
    CmdId c = submitFetch(m, VF1, setMac(MAC1));
    assertEquals(Status.OK, done(m.device().process(c)));
    done(m.driver().sriovDisable());
    done(m.driver().sriovEnable());
    done(m.driver().collect(c));
    return m.snapshot();
  }

  @Test
  void withoutSyncTheDriverTakesAStaleOkAsTheNewVfsMac() {
    AbstractState s =
        staleOkCollectedAfterRecreate(machine(DriverSync.NONE, DeviceCheck.INCARNATION, true));
    assertEquals(MAC1, s.drvMac(VF1));
    assertEquals(Mac.DEFAULT, s.devMac(VF1));
    assertFalse(Invariants.driverDeviceAgreement(s));
  }

  @Test
  void barrierIgnoresLateCompletionOfADestroyedIncarnation() {
    AbstractState s =
        staleOkCollectedAfterRecreate(machine(DriverSync.BARRIER, DeviceCheck.INCARNATION, true));
    assertEquals(Mac.DEFAULT, s.drvMac(VF1));
    assertTrue(s.cmd(new CmdId(1)).preBarrier());
    assertEquals(ImmutableList.of(), Invariants.violated(s));
  }

  @Test
  void barrierIgnoresLateFailure() {
    Machine m = machine(DriverSync.BARRIER, DeviceCheck.INCARNATION, true);
    CmdId c = submitFetch(m, VF1, setMac(MAC1));
    done(m.driver().sriovDisable());
    done(m.driver().sriovEnable());
    done(m.device().process(c));
    Completion done = done(m.driver().collect(c));
    assertEquals(new Completion(c, Status.ERR, true), done);
  }

  @Test
  void completionBeforeAnyBarrierIsActedOn() {
    Machine m = machine(DriverSync.BARRIER, DeviceCheck.INCARNATION, true);
    CmdId c = submitFetch(m, VF1, setMac(MAC2));
    done(m.device().process(c));
    assertEquals(new Completion(c, Status.OK, false), done(m.driver().collect(c)));
    assertEquals(MAC2, m.snapshot().drvMac(VF1));
    assertEquals(ImmutableList.of(), Invariants.violated(m.snapshot()));
  }

  // ------------------------------------------------------------ TrustGate

  private static CmdId grantTrust(Machine m) {
    CmdId c = submitFetch(m, VF1, new CtrlCommand.SetTrust(true));
    done(m.device().process(c));
    return c;
  }

  @Test
  void untrustedVfCvqCommandIsRefused() {
    Machine m = machine(DriverSync.BARRIER, DeviceCheck.INCARNATION, true);
    CmdId c = done(m.driver().submitVf(VF1, setMac(MAC1)));
    assertEquals(c, done(m.device().processVf(VF1)));
    AbstractState s = m.snapshot();
    assertEquals(Status.ERR, s.cmd(c).status());
    assertEquals(Mac.DEFAULT, s.devMac(VF1));
  }

  @Test
  void trustedVfCvqCommandIsObeyed() {
    Machine m = machine(DriverSync.BARRIER, DeviceCheck.INCARNATION, true);
    grantTrust(m);
    CmdId c = done(m.driver().submitVf(VF1, setMac(MAC2)));
    done(m.device().processVf(VF1));
    AbstractState s = m.snapshot();
    assertEquals(Status.OK, s.cmd(c).status());
    assertEquals(MAC2, s.devMac(VF1));
    assertTrue(Invariants.trustGate(s));
  }

  /** A trust grant for the old VF is processed after re-creation; then the new VF's own CVQ. */
  private static AbstractState staleTrustGrant(Machine m) {
    CmdId grant = submitFetch(m, VF1, new CtrlCommand.SetTrust(true));
    done(m.driver().sriovDisable());
    done(m.driver().sriovEnable());
    done(m.device().process(grant));
    done(m.driver().submitVf(VF1, setMac(MAC2)));
    done(m.device().processVf(VF1));
    return m.snapshot();
  }

  @Test
  void staleTrustGrantEscalatesTheNewVfWithoutDeviceCheck() {
    AbstractState s = staleTrustGrant(machine(DriverSync.NONE, DeviceCheck.NONE, true));
    assertEquals(MAC2, s.devMac(VF1));
    assertFalse(Invariants.trustGate(s));
  }

  @Test
  void staleTrustGrantIsRefusedUnderIncarnationCheck() {
    AbstractState s = staleTrustGrant(machine(DriverSync.NONE, DeviceCheck.INCARNATION, true));
    assertEquals(Mac.DEFAULT, s.devMac(VF1));
    assertFalse(s.trusted(VF1));
    assertTrue(Invariants.trustGate(s));
  }

  @Test
  void trustCommandIsRefusedOnTheVfsOwnCvqAndForThePf() {
    Machine m = machine(DriverSync.NONE, DeviceCheck.NONE, true);
    refused(m.driver().submitVf(VF1, new CtrlCommand.SetTrust(true)));
    refused(m.driver().submitAdmin(0, new CtrlCommand.SetTrust(true)));
    assertEquals(new CmdId(1), m.driver().nextCmdId());
  }

  // ------------------------------------------------------------ ordering

  @Test
  void inOrderDeviceFetchesOnlyTheHead() {
    Machine m = machine(DriverSync.DRAIN, DeviceCheck.INCARNATION, true);
    CmdId c1 = done(m.driver().submitAdmin(VF1, setMac(MAC1)));
    CmdId c2 = done(m.driver().submitAdmin(VF1, setMac(MAC2)));
    assertFalse(m.device().canFetch(c2));
    refused(m.device().fetch(c2));
    done(m.device().fetch(c1));
    done(m.device().fetch(c2));
    refused(m.device().process(c2));
  }

  @Test
  void anyOrderDeviceCompletesTwoSetMacsInReverseAndKeepsTheOlderMac() {
    Machine m = machine(DriverSync.DRAIN, DeviceCheck.INCARNATION, false);
    CmdId c1 = done(m.driver().submitAdmin(VF1, setMac(MAC1)));
    CmdId c2 = done(m.driver().submitAdmin(VF1, setMac(MAC2)));
    done(m.device().fetch(c2));
    done(m.device().process(c2));
    assertFalse(Invariants.inOrderPerTarget(m.snapshot()));
    done(m.device().fetch(c1));
    done(m.device().process(c1));
    done(m.driver().collect(c1));
    done(m.driver().collect(c2));
    AbstractState s = m.snapshot();
    assertEquals(MAC1, s.devMac(VF1));
    assertFalse(Invariants.driverDeviceAgreement(s));
  }

  @Test
  void driverCollectsCompletionsToOneTargetInSubmissionOrder() {
    Machine m = machine(DriverSync.DRAIN, DeviceCheck.INCARNATION, false);
    CmdId c1 = done(m.driver().submitAdmin(VF1, setMac(MAC1)));
    CmdId c2 = done(m.driver().submitAdmin(VF1, setMac(MAC2)));
    done(m.device().fetch(c1));
    done(m.device().fetch(c2));
    done(m.device().process(c1));
    done(m.device().process(c2));
    assertFalse(m.driver().canCollect(c2));
    refused(m.driver().collect(c2));
    done(m.driver().collect(c1));
    done(m.driver().collect(c2));
  }

  // ------------------------------------------------------------ lifecycle and completions

  @Test
  void sriovDisableFlushesTheVfsOwnCvqWithErrExactlyOnce() {
    Machine m = machine(DriverSync.NONE, DeviceCheck.INCARNATION, true);
    CmdId c = done(m.driver().submitVf(VF1, setMac(MAC1)));
    assertEquals(ImmutableList.of(c), done(m.driver().sriovDisable()));
    AbstractState s = m.snapshot();
    assertEquals(Status.ERR, s.cmd(c).status());
    assertEquals(1, s.completions(c));
    assertTrue(s.vfq(VF1).isEmpty());
    refused(m.device().processVf(VF1));
    assertTrue(Invariants.exactlyOnceCompletion(s));
  }

  @Test
  void adminCommandsSurviveSriovDisableOnTheAdminCvq() {
    Machine m = machine(DriverSync.NONE, DeviceCheck.VF_ENABLE, true);
    CmdId c = done(m.driver().submitAdmin(VF1, setMac(MAC1)));
    done(m.driver().sriovDisable());
    assertEquals(ImmutableList.of(c), m.snapshot().adminQ());
    done(m.device().fetch(c));
    assertEquals(Status.ERR, done(m.device().process(c)));
  }

  @Test
  void commandsToThePfAlwaysSucceedAndBelongToIncarnation0() {
    Machine m = machine(DriverSync.NONE, DeviceCheck.INCARNATION, true);
    CmdId c = submitFetch(m, 0, setMac(MAC2));
    done(m.driver().sriovDisable());
    assertEquals(Status.OK, done(m.device().process(c)));
    AbstractState s = m.snapshot();
    assertEquals(0, s.cmd(c).submission().inc());
    assertEquals(MAC2, s.devMac(0));
    assertTrue(Invariants.managementIdReserved(s));
  }

  @Test
  void submissionToAnAbsentVfIsRefusedAndTakesNoIdentity() {
    Machine m = machine(DriverSync.NONE, DeviceCheck.NONE, true);
    done(m.driver().sriovDisable());
    refused(m.driver().submitAdmin(VF1, setMac(MAC1)));
    refused(m.driver().submitVf(VF1, setMac(MAC1)));
    refused(m.driver().submitAdmin(7, setMac(MAC1)));
    assertEquals(new CmdId(1), m.driver().nextCmdId());
  }

  @Test
  void rxModeTravelsTheSameQueuesAndLeavesTheMacAlone() {
    Machine m = machine(DriverSync.BARRIER, DeviceCheck.INCARNATION, true);
    CmdId c = submitFetch(m, VF1, new CtrlCommand.SetRxMode(RxFlag.PROMISC, true));
    done(m.device().process(c));
    AbstractState s = m.snapshot();
    assertEquals(new TargetConfig(Mac.DEFAULT, true, false), s.devConfig().get(VF1));
    assertEquals(ImmutableList.of(), Invariants.violated(s));
  }

  @Test
  void deviceAndDriverShareOneSnapshotOfInit() {
    Machine m = machine(DriverSync.NONE, DeviceCheck.NONE, true);
    AbstractState s = m.snapshot();
    assertTrue(s.vfEnable());
    assertEquals(1, s.inc(VF1));
    assertEquals(Mac.DEFAULT, s.drvMac(0));
    assertTrue(s.cmd().isEmpty() && s.effects().isEmpty() && s.drvLast().isEmpty());
    Device d = m.device();
    Driver r = m.driver();
    assertFalse(d.canProcessVf(VF1));
    assertFalse(r.canSriovEnable());
  }
}
