package dev.admincvq.reference;

import static dev.admincvq.reference.Steps.MAC1;
import static dev.admincvq.reference.Steps.PF;
import static dev.admincvq.reference.Steps.VF1;
import static dev.admincvq.reference.Steps.done;
import static dev.admincvq.reference.Steps.fetchAndProcess;
import static dev.admincvq.reference.Steps.refused;
import static dev.admincvq.reference.Steps.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.reference.wire.Command;
import org.junit.jupiter.api.Test;

/** Each rule set of the management driver ({@code DriverSync}) holds back exactly what it says. */
class DriverSyncTest {

  private static Machine machine(DriverSync sync) {
    return new Machine(Options.of(2, sync, DeviceCheck.IN_FLIGHT));
  }

  @Test
  void noneAndBarrierDisableWithCommandsInFlight() {
    for (DriverSync sync : new DriverSync[] {DriverSync.NONE, DriverSync.BARRIER}) {
      Machine m = machine(sync);
      submit(m, VF1, MAC1);
      done(m.driver().driverSriovDisable());
    }
  }

  /**
   * Both rule sets that keep virtio 1.3's driver rule disable only once the device has used every
   * command to a VF; of the two, only {@code virtio13Barrier} will ignore that command's
   * completion.
   */
  @Test
  void virtio13AndVirtio13BarrierDisableOnlyOnceTheDeviceHasUsedEveryCommandToAVf() {
    for (DriverSync sync : new DriverSync[] {DriverSync.VIRTIO13, DriverSync.VIRTIO13_BARRIER}) {
      Machine m = machine(sync);
      CmdId c = submit(m, VF1, MAC1);
      assertTrue(
          refused(m.driver().driverSriovDisable()).reason().contains("outstanding"),
          sync.toString());
      fetchAndProcess(m, c);
      done(m.driver().driverSriovDisable());
      assertEquals(
          java.util.Set.of(c), m.snapshot().driver().drvOut(), sync + ": used, not yet reaped");
      assertEquals(
          sync == DriverSync.VIRTIO13_BARRIER ? java.util.Set.of(c) : java.util.Set.of(),
          m.snapshot().driver().drvIgnore(),
          sync + ": only virtio13Barrier ignores the completion of a command before the disable");
    }
  }

  @Test
  void drainDisablesOnlyOnceEveryCommandToAVfIsReaped() {
    Machine m = machine(DriverSync.DRAIN);
    CmdId c = submit(m, VF1, MAC1);
    submit(m, PF, MAC1);
    fetchAndProcess(m, c);
    assertTrue(refused(m.driver().driverSriovDisable()).reason().contains("not reaped"));
    done(m.driver().driverCollect());
    done(m.driver().driverSriovDisable());
  }

  @Test
  void waitFailDestroysAtWillButRecreatesOnlyOnceEveryCommandToAVfIsReaped() {
    Machine m = machine(DriverSync.WAIT_FAIL);
    CmdId c = submit(m, VF1, MAC1);
    done(m.driver().driverSriovDisable());
    assertTrue(refused(m.driver().driverSriovEnable(2)).reason().contains("waitFail"));
    fetchAndProcess(m, c);
    done(m.driver().driverCollect());
    done(m.driver().driverSriovEnable(2));
  }

  @Test
  void rtnlKeepsOneAdminCommandInFlightAndNoSriovChangeBesideIt() {
    Machine m = machine(DriverSync.RTNL);
    CmdId c = submit(m, PF, MAC1);
    assertTrue(
        refused(m.driver().driverSubmitAdmin(VF1, new Command.SetTrust(true)))
            .reason()
            .contains("rtnl"));
    assertTrue(refused(m.driver().driverSriovDisable()).reason().contains("rtnl"));
    fetchAndProcess(m, c);
    done(m.driver().driverCollect());
    done(m.driver().driverSriovDisable());
    submit(m, PF, MAC1);
    assertTrue(refused(m.driver().driverSriovEnable(2)).reason().contains("rtnl"));
  }

  @Test
  void theDriverSubmitsOnlyToVfsItCreated() {
    Machine m =
        new Machine(Options.of(2, DriverSync.NONE, DeviceCheck.NONE).withNumVfsFixed(false));
    done(m.driver().driverSriovDisable());
    assertTrue(
        refused(m.driver().driverSubmitAdmin(VF1, Steps.setMac(MAC1)))
            .reason()
            .contains("VF Enable is clear"));
    done(m.driver().driverSriovEnable(1));
    assertTrue(
        refused(m.driver().driverSubmitAdmin(2, Steps.setMac(MAC1)))
            .reason()
            .contains("NumVFs = 1"));
    assertTrue(
        refused(m.driver().driverSubmitAdmin(3, Steps.setMac(MAC1)))
            .reason()
            .contains("not in Target"));
    assertTrue(
        refused(m.driver().driverSubmitAdmin(PF, new Command.SetTrust(true)))
            .reason()
            .contains("not to the PF"));
    submit(m, VF1, MAC1);
  }

  @Test
  void withNumVfsFixedSriovIsReenabledWithAllVfsOnly() {
    Machine m = machine(DriverSync.NONE);
    done(m.driver().driverSriovDisable());
    assertTrue(refused(m.driver().driverSriovEnable(1)).reason().contains("NumVFsFixed"));
    done(m.driver().driverSriovEnable(2));
    refused(m.driver().driverSriovEnable(2));
  }

  @Test
  void sriovEnableStartsTheDriversViewOfEveryVfAfresh() {
    Machine m = new Machine(Options.of(1, DriverSync.NONE, DeviceCheck.WIRE_GEN));
    CmdId c = submit(m, VF1, MAC1);
    fetchAndProcess(m, c);
    done(m.driver().driverCollect());
    assertEquals(MAC1, m.snapshot().drvMac(VF1));
    done(m.driver().driverSriovDisable());
    done(m.driver().driverSriovEnable(1));
    AbstractState s = m.snapshot();
    assertEquals(dev.admincvq.reference.wire.Mac.DEFAULT, s.drvMac(VF1));
    assertTrue(s.drvLast(VF1).isEmpty());
    assertEquals(2, s.driver().drvGen(VF1), "read from the generation register");
  }
}
