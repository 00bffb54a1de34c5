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

  @Test
  void virtio13DisablesOnlyOnceTheDeviceHasUsedEveryCommandToAVf() {
    Machine m = machine(DriverSync.VIRTIO13);
    CmdId c = submit(m, VF1, MAC1);
    assertTrue(refused(m.driver().driverSriovDisable()).reason().contains("outstanding"));
    fetchAndProcess(m, c);
    done(m.driver().driverSriovDisable());
    assertEquals(java.util.Set.of(c), m.snapshot().driver().drvOut(), "used, not yet reaped");
  }

  @Test
  void virtio13BarrierKeepsTheVirtio13RuleAndIgnoresTheCompletionsOfCommandsBeforeTheDisable() {
    Machine m = machine(DriverSync.VIRTIO13_BARRIER);
    CmdId c = submit(m, VF1, MAC1);
    assertTrue(refused(m.driver().driverSriovDisable()).reason().contains("outstanding"));
    fetchAndProcess(m, c);
    done(m.driver().driverSriovDisable());
    assertEquals(java.util.Set.of(c), m.snapshot().driver().drvIgnore(), "used, to be ignored");
    Machine v13 = machine(DriverSync.VIRTIO13);
    CmdId d = submit(v13, VF1, MAC1);
    fetchAndProcess(v13, d);
    done(v13.driver().driverSriovDisable());
    assertEquals(java.util.Set.of(), v13.snapshot().driver().drvIgnore(), "virtio13 ignores none");
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
