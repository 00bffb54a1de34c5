package dev.admincvq.reference;

import static dev.admincvq.reference.Steps.MAC1;
import static dev.admincvq.reference.Steps.PF;
import static dev.admincvq.reference.Steps.done;
import static dev.admincvq.reference.Steps.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.reference.wire.Ack;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A device thread's work loop, one step at a time: {@code Device.step} takes one of the device
 * actions enabled now (DeviceFetch, DeviceProcess, DeviceProcessVf) and nothing when none is, and
 * {@code awaitWork} says whether one is, without a second thread.
 */
class DeviceStepTest {
  private static Machine machine() {
    return new Machine(Options.of(1, DriverSync.NONE, DeviceCheck.WIRE_GEN));
  }

  @Test
  void withNothingQueuedTheDeviceHasNoWorkAndAStepTakesNothing() throws InterruptedException {
    Machine m = machine();
    assertFalse(m.device().awaitWork(Duration.ZERO));
    assertFalse(m.device().awaitWork(Duration.ofMillis(20)), "still nothing after waiting");
    assertEquals(Optional.empty(), m.device().step(new Random(1)));
  }

  @Test
  void anAdminCommandIsFetchedThenProcessedStepByStep() throws InterruptedException {
    Machine m = machine();
    CmdId c = submit(m, PF, MAC1);
    assertTrue(m.device().awaitWork(Duration.ZERO), "a command is available");
    Random random = new Random(1);
    assertEquals(Optional.of(SpecAction.DEVICE_FETCH), m.device().step(random));
    assertTrue(m.device().awaitWork(Duration.ZERO), "a command is in flight");
    assertEquals(Optional.of(SpecAction.DEVICE_PROCESS), m.device().step(random));
    assertEquals(Ack.OK, m.snapshot().ack(c));
    assertFalse(m.device().awaitWork(Duration.ZERO), "processed: nothing left");
    assertEquals(Optional.empty(), m.device().step(random));
  }

  @Test
  void aCommandOnAVfsOwnQueueIsProcessedByAStep() throws InterruptedException {
    Machine m = machine();
    CmdId c = done(m.vfDriver(1).vfDriverSubmit(MAC1));
    assertTrue(m.device().awaitWork(Duration.ZERO), "the VF's queue holds a command");
    assertEquals(Optional.of(SpecAction.DEVICE_PROCESS_VF), m.device().step(new Random(1)));
    assertEquals(Ack.ERR, m.snapshot().ack(c), "the VF is not trusted");
    assertFalse(m.device().awaitWork(Duration.ZERO));
  }

  @Test
  void everyEnabledActionIsSometimesTheOneTaken() {
    boolean fetchedFirst = false;
    boolean processedVfFirst = false;
    Random random = new Random(1);
    for (int run = 0; run < 40; run++) {
      Machine m = machine();
      submit(m, PF, MAC1);
      done(m.vfDriver(1).vfDriverSubmit(MAC1));
      Optional<SpecAction> first = m.device().step(random);
      fetchedFirst |= first.equals(Optional.of(SpecAction.DEVICE_FETCH));
      processedVfFirst |= first.equals(Optional.of(SpecAction.DEVICE_PROCESS_VF));
    }
    assertTrue(fetchedFirst && processedVfFirst, "the choice is the random generator's");
  }
}
