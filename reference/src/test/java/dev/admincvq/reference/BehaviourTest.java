package dev.admincvq.reference;

import static dev.admincvq.reference.Steps.MAC1;
import static dev.admincvq.reference.Steps.PF;
import static dev.admincvq.reference.Steps.VF1;
import static dev.admincvq.reference.Steps.done;
import static dev.admincvq.reference.Steps.fetchAndProcess;
import static dev.admincvq.reference.Steps.refused;
import static dev.admincvq.reference.Steps.submit;
import static dev.admincvq.reference.Steps.violated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.reference.driver.Completion;
import dev.admincvq.reference.wire.Ack;
import dev.admincvq.reference.wire.Command;
import dev.admincvq.reference.wire.Mac;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The situations of {@code AdminCvqActors}'s models, each as a pair: the design that lets the
 * hazard through (the invariant TLC reports is violated here too) and the design that stops it.
 */
class BehaviourTest {

  /** One VF; a VF reset re-creates the VF (the "drops config" reading); notifications late. */
  private static Machine drops(DriverSync sync, DeviceCheck check) {
    return new Machine(Options.of(1, sync, check).withVfResetKeepsConfig(false));
  }

  /**
   * The thread's question with the VF reset by its own driver: set-MAC queued, VF re-created,
   * processed.
   */
  private static Ack setMacQueuedAcrossAnUnannouncedVfReset(Machine m) {
    CmdId c = submit(m, VF1, MAC1);
    done(m.vfDriver(VF1).vfDriverReset());
    return fetchAndProcess(m, c);
  }

  // ------------------------------------------------------------ NoStaleEffect, the thread's
  // question

  @Test
  void withoutACheckASetMacQueuedBeforeAVfResetActsOnTheNewVf() {
    Machine m = drops(DriverSync.NONE, DeviceCheck.NONE);
    assertEquals(Ack.OK, setMacQueuedAcrossAnUnannouncedVfReset(m));
    assertEquals(MAC1, m.snapshot().provMac(VF1));
    assertEquals(Set.of("NoStaleEffect", "FailOnGone"), violated(m));
  }

  @Test
  void theMemberGenerationOnTheWireFailsASetMacQueuedBeforeAVfReset() {
    Machine m = drops(DriverSync.NONE, DeviceCheck.WIRE_GEN);
    assertEquals(Ack.ERR, setMacQueuedAcrossAnUnannouncedVfReset(m));
    assertEquals(Mac.DEFAULT, m.snapshot().provMac(VF1));
    assertEquals(Set.of(), violated(m));
  }

  @Test
  void aDeviceIgnoringTheMemberGenerationActsOnTheNewVf() {
    Options wireGen =
        Options.of(1, DriverSync.NONE, DeviceCheck.WIRE_GEN).withVfResetKeepsConfig(false);
    Machine m =
        Machine.withBrokenDevice(
            wireGen, DeviceCheck.NONE, dev.admincvq.reference.trace.TraceSink.NONE);
    assertEquals(Ack.OK, setMacQueuedAcrossAnUnannouncedVfReset(m));
    assertTrue(violated(m).contains("NoStaleEffect"), violated(m).toString());
  }

  @Test
  void virtio13sCheckPassesACommandToAVfItsOwnDriverReset() {
    Machine m = drops(DriverSync.NONE, DeviceCheck.VIRTIO13);
    assertEquals(Ack.OK, setMacQueuedAcrossAnUnannouncedVfReset(m));
    assertTrue(violated(m).contains("NoStaleEffect"));
  }

  @Test
  void virtio13sCheckFailsACommandProcessedWhileVfEnableIsClear() {
    Machine m = drops(DriverSync.NONE, DeviceCheck.VIRTIO13);
    CmdId c = submit(m, VF1, MAC1);
    done(m.driver().driverSriovDisable());
    assertEquals(Ack.ERR, fetchAndProcess(m, c));
  }

  @Test
  void theInFlightCheckMissesARecreationBeforeFetch() {
    Machine m = drops(DriverSync.NONE, DeviceCheck.IN_FLIGHT);
    CmdId c = submit(m, VF1, MAC1);
    done(m.driver().driverSriovDisable());
    done(m.driver().driverSriovEnable(1));
    assertEquals(Ack.OK, fetchAndProcess(m, c));
    assertTrue(violated(m).contains("NoStaleEffect"));
  }

  @Test
  void theInFlightCheckFailsARecreationAfterFetch() {
    Machine m = drops(DriverSync.NONE, DeviceCheck.IN_FLIGHT);
    CmdId c = submit(m, VF1, MAC1);
    done(m.device().deviceFetch(c));
    done(m.driver().driverSriovDisable());
    done(m.driver().driverSriovEnable(1));
    assertEquals(Ack.ERR, done(m.device().deviceProcess(c)));
    assertEquals(Set.of(), violated(m));
  }

  @Test
  void theAvailFenceFailsACommandMadeAvailableBeforeTheDestroy() {
    Machine m = drops(DriverSync.NONE, DeviceCheck.AVAIL_FENCE);
    assertEquals(Ack.ERR, setMacQueuedAcrossAnUnannouncedVfReset(m));
    assertEquals(1, m.snapshot().device().fence(VF1));
  }

  @Test
  void theAvailFencePassesACommandMadeAvailableAfterTheDestroy() {
    Machine m = drops(DriverSync.NONE, DeviceCheck.AVAIL_FENCE);
    CmdId before = submit(m, PF, MAC1);
    done(m.vfDriver(VF1).vfDriverReset());
    CmdId after = submit(m, VF1, MAC1);
    assertEquals(Ack.OK, fetchAndProcess(m, before));
    assertEquals(Ack.OK, fetchAndProcess(m, after));
    assertEquals(MAC1, m.snapshot().provMac(VF1));
  }

  // ------------------------------------------------------------ FailOnGone and DEVICE_NEEDS_RESET

  @Test
  void aVfInNeedsResetCountsAsGoneWhereThatIsTheReading() {
    Machine m = drops(DriverSync.NONE, DeviceCheck.WIRE_GEN);
    CmdId c = submit(m, VF1, MAC1);
    done(m.device().deviceVfNeedsReset(VF1));
    assertEquals(Ack.ERR, fetchAndProcess(m, c));
  }

  @Test
  void aVfInNeedsResetIsStillTheSameMemberWhereItDoesNotCountAsDestroyed() {
    Machine m =
        new Machine(
            Options.of(1, DriverSync.NONE, DeviceCheck.WIRE_GEN).withNeedsResetDestroys(false));
    CmdId c = submit(m, VF1, MAC1);
    done(m.device().deviceVfNeedsReset(VF1));
    assertEquals(Ack.OK, fetchAndProcess(m, c));
    assertEquals(Set.of(), violated(m));
  }

  // ------------------------------------------------------------ the two readings of a VF reset

  @Test
  void aResetThatKeepsTheConfigFlushesOnlyTheVfsOwnCvq() {
    Machine m = new Machine(Options.of(1, DriverSync.NONE, DeviceCheck.WIRE_GEN));
    CmdId provision = submit(m, VF1, MAC1);
    assertEquals(Ack.OK, fetchAndProcess(m, provision));
    CmdId own = done(m.vfDriver(VF1).vfDriverSubmit(Steps.MAC2));
    assertEquals(List.of(own), done(m.vfDriver(VF1).vfDriverReset()));
    AbstractState s = m.snapshot();
    assertEquals(Ack.ERR, s.ack(own));
    assertEquals(MAC1, s.provMac(VF1));
    assertEquals(1, s.device().gen(VF1));
    assertTrue(s.shared().resetNotice(VF1).isEmpty());
  }

  @Test
  void aResetThatRecreatesTheVfNotifiesTheManagementDriverOfTheNewGeneration() {
    Machine m = drops(DriverSync.NONE, DeviceCheck.WIRE_GEN);
    done(m.vfDriver(VF1).vfDriverReset());
    assertEquals(2, m.snapshot().device().gen(VF1));
    assertEquals(Set.of(2), m.driver().pendingNotices(VF1));
  }

  /**
   * {@code DriverSriovDisable} empties {@code resetNotice}: a notification not yet taken is
   * dropped, every VF being gone, so none outlives the re-enable.
   */
  @Test
  void sriovDisableDropsTheResetNotificationsNotYetTaken() {
    Machine m = drops(DriverSync.NONE, DeviceCheck.WIRE_GEN);
    done(m.vfDriver(VF1).vfDriverReset());
    assertEquals(Set.of(2), m.driver().pendingNotices(VF1));
    done(m.driver().driverSriovDisable());
    assertTrue(m.driver().pendingNotices(VF1).isEmpty());
    assertTrue(m.snapshot().shared().resetNotice(VF1).isEmpty());
  }

  @Test
  void withoutNotificationsTheManagementDriverNeverLearnsOfAVfReset() {
    Machine m =
        new Machine(
            Options.of(1, DriverSync.BARRIER, DeviceCheck.WIRE_GEN)
                .withVfResetKeepsConfig(false)
                .withResetNotice(ResetNotice.NONE));
    CmdId c = submit(m, VF1, MAC1);
    done(m.vfDriver(VF1).vfDriverReset());
    assertTrue(m.driver().pendingNotices(VF1).isEmpty());
    assertEquals(Ack.ERR, fetchAndProcess(m, c));
    CmdId again = submit(m, VF1, MAC1);
    assertEquals(
        Ack.ERR,
        fetchAndProcess(m, again),
        "still stamped with the generation the driver knows, 1");
  }

  // ------------------------------------------------------------ the barrier and stale
  // notifications

  @Test
  void theBarrierIgnoresACompletionOfACommandSubmittedBeforeSriovDisable() {
    Machine m = drops(DriverSync.BARRIER, DeviceCheck.NONE);
    CmdId c = submit(m, VF1, MAC1);
    done(m.driver().driverSriovDisable());
    assertEquals(Set.of(c), m.snapshot().driver().drvIgnore());
    assertEquals(Ack.OK, fetchAndProcess(m, c), "no VF: no effect, still OK");
    Completion done = done(m.driver().driverCollect());
    assertTrue(done.ignored());
    assertEquals(Mac.DEFAULT, m.snapshot().drvMac(VF1));
  }

  /** Two resets before the driver takes either notification; it takes the newer one first. */
  private static CmdId staleNotification(Machine m) {
    done(m.vfDriver(VF1).vfDriverReset());
    done(m.vfDriver(VF1).vfDriverReset());
    assertEquals(Set.of(2, 3), m.driver().pendingNotices(VF1));
    assertTrue(done(m.driver().driverLearnVfReset(VF1, 3)));
    CmdId c = submit(m, VF1, MAC1);
    done(m.driver().driverLearnVfReset(VF1, 2));
    assertEquals(Ack.OK, fetchAndProcess(m, c));
    done(m.driver().driverCollect());
    return c;
  }

  @Test
  void underTheProposalAStaleNotificationTeachesTheDriverNothing() {
    Machine m = drops(DriverSync.BARRIER, DeviceCheck.WIRE_GEN);
    CmdId c = staleNotification(m);
    AbstractState s = m.snapshot();
    assertEquals(3, s.driver().drvGen(VF1));
    assertEquals(MAC1, s.drvMac(VF1));
    assertEquals(c, s.drvLast(VF1).orElseThrow());
    assertEquals(Set.of(), violated(m));
  }

  @Test
  void withoutTheProposalAStaleNotificationMakesTheBarrierIgnoreANewCommand() {
    Machine m = drops(DriverSync.BARRIER, DeviceCheck.IN_FLIGHT);
    staleNotification(m);
    assertEquals(Mac.DEFAULT, m.snapshot().drvMac(VF1));
    assertEquals(MAC1, m.snapshot().provMac(VF1));
    assertEquals(Set.of("DriverDeviceAgreement"), violated(m));
  }

  @Test
  void aNotificationNotPendingIsRefused() {
    Machine m = drops(DriverSync.BARRIER, DeviceCheck.WIRE_GEN);
    assertTrue(refused(m.driver().driverLearnVfReset(VF1, 2)).reason().contains("no notification"));
  }

  // ------------------------------------------------------------ TrustGate

  @Test
  void aTrustGrantMeantForAnOldGenerationIsFailedUnderTheProposal() {
    Machine m = drops(DriverSync.NONE, DeviceCheck.WIRE_GEN);
    CmdId grant = done(m.driver().driverSubmitAdmin(VF1, new Command.SetTrust(true)));
    done(m.vfDriver(VF1).vfDriverReset());
    assertEquals(Ack.ERR, fetchAndProcess(m, grant));
    CmdId own = done(m.vfDriver(VF1).vfDriverSubmit(MAC1));
    done(m.device().deviceProcessVf(VF1));
    assertEquals(Ack.ERR, m.snapshot().ack(own));
    assertEquals(Mac.DEFAULT, m.device().operationalMac(VF1));
  }

  @Test
  void withoutACheckATrustGrantReachesTheNewVfAndItsOwnCvqIsObeyed() {
    Machine m = drops(DriverSync.NONE, DeviceCheck.NONE);
    CmdId grant = done(m.driver().driverSubmitAdmin(VF1, new Command.SetTrust(true)));
    done(m.vfDriver(VF1).vfDriverReset());
    assertEquals(Ack.OK, fetchAndProcess(m, grant));
    CmdId own = done(m.vfDriver(VF1).vfDriverSubmit(MAC1));
    done(m.device().deviceProcessVf(VF1));
    assertEquals(Ack.OK, m.snapshot().ack(own));
    assertEquals(MAC1, m.device().operationalMac(VF1));
    assertTrue(violated(m).contains("TrustGate"), violated(m).toString());
  }

  // ------------------------------------------------------------ guards of the actors' own

  @Test
  void aVfDriverCannotSubmitOrResetWithoutItsVf() {
    Machine m = drops(DriverSync.NONE, DeviceCheck.NONE);
    done(m.driver().driverSriovDisable());
    assertTrue(refused(m.vfDriver(VF1).vfDriverSubmit(MAC1)).reason().contains("absent"));
    assertTrue(refused(m.vfDriver(VF1).vfDriverReset()).reason().contains("absent"));
  }

  @Test
  void aVfDriverCannotSubmitWhileItsVfNeedsAReset() {
    Machine m = drops(DriverSync.NONE, DeviceCheck.NONE);
    done(m.device().deviceVfNeedsReset(VF1));
    assertTrue(refused(m.vfDriver(VF1).vfDriverSubmit(MAC1)).reason().contains("needsReset"));
    done(m.vfDriver(VF1).vfDriverReset());
    assertFalse(m.vfDriver(VF1).vfDriverSubmit(MAC1) instanceof Outcome.Refused<?>);
  }

  @Test
  void inOrderTheDeviceTakesOnlyTheHeads() {
    Machine m = drops(DriverSync.NONE, DeviceCheck.NONE);
    CmdId first = submit(m, PF, MAC1);
    CmdId second = submit(m, PF, Steps.MAC2);
    refused(m.device().deviceFetch(second));
    done(m.device().deviceFetch(first));
    done(m.device().deviceFetch(second));
    refused(m.device().deviceProcess(second));
    done(m.device().deviceProcess(first));
  }

  @Test
  void inAnyOrderTheDeviceMayOvertake() {
    Machine m = new Machine(Options.of(1, DriverSync.NONE, DeviceCheck.NONE).withInOrder(false));
    CmdId first = submit(m, PF, MAC1);
    CmdId second = submit(m, PF, Steps.MAC2);
    assertEquals(Ack.OK, fetchAndProcess(m, second));
    assertEquals(Set.of("InOrderPerTarget"), violated(m));
    assertEquals(Ack.OK, fetchAndProcess(m, first));
  }
}
