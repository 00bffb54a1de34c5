package dev.admincvq.reference;

import static dev.admincvq.reference.Steps.MAC1;
import static dev.admincvq.reference.Steps.MAC2;
import static dev.admincvq.reference.Steps.VF1;
import static dev.admincvq.reference.Steps.done;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.reference.wire.Command;
import dev.admincvq.reference.wire.Mac;
import java.util.HashSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A VF driver thread's step ({@link dev.admincvq.reference.vfdriver.VfDriver#act}): nothing while
 * its VF does not exist; a reset after {@code DEVICE_NEEDS_RESET}, whatever the chance of an
 * unannounced one; otherwise a reset with that chance, else a set-MAC of one of the spec's two MACs
 * through its own CVQ.
 */
class VfDriverActTest {
  private static Machine machine() {
    return new Machine(Options.of(1, DriverSync.NONE, DeviceCheck.WIRE_GEN));
  }

  @Test
  void withItsVfAbsentTheDriverDoesNothing() {
    Machine m = machine();
    done(m.driver().driverSriovDisable());
    assertEquals(Optional.empty(), m.vfDriver(VF1).act(new Random(1), 1.0));
    assertEquals(Optional.empty(), m.vfDriver(VF1).act(new Random(1), 0.0));
  }

  @Test
  void afterNeedsResetTheDriverResetsItsVfWhateverTheChance() {
    Machine m = machine();
    done(m.device().deviceVfNeedsReset(VF1));
    int gen = m.snapshot().device().gen(VF1);
    assertEquals(Optional.of(SpecAction.VF_DRIVER_RESET), m.vfDriver(VF1).act(new Random(1), 0.0));
    assertEquals(VfState.LIVE, m.snapshot().device().vfState().get(VF1));
    assertEquals(gen, m.snapshot().device().gen(VF1), "the VF keeps its config: same generation");
  }

  @Test
  void aLiveVfIsResetWithTheChanceGivenAndOtherwiseSetsOneOfTheSpecsMacs() {
    Machine m = machine();
    assertEquals(Optional.of(SpecAction.VF_DRIVER_RESET), m.vfDriver(VF1).act(new Random(1), 1.0));
    Random random = new Random(7);
    Set<Mac> macs = new HashSet<>();
    for (int i = 1; i <= 20; i++) {
      assertEquals(Optional.of(SpecAction.VF_DRIVER_SUBMIT), m.vfDriver(VF1).act(random, 0.0));
      CmdId c = new CmdId(i);
      Command command = m.snapshot().req(c).orElseThrow().command();
      macs.add(((Command.SetMac) command).mac());
    }
    assertEquals(Set.of(MAC1, MAC2), macs, "both of the spec's MACs, and only those");
    assertTrue(m.device().canProcessVf(VF1), "the commands are on the VF's own CVQ");
  }
}
