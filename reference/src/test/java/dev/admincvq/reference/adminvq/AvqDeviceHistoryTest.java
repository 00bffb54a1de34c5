package dev.admincvq.reference.adminvq;

import static dev.admincvq.reference.adminvq.AvqSteps.completed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.admincvq.reference.adminvq.wire.Opcode;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code AdminVq!DeviceCompletes(c, o)}'s history, which the spec's properties read and which the
 * device keeps as the spec does: {@code completions[c]}, {@code effectInc[c]} (the member's
 * incarnation a command changed, {@code NoEffect} when it changed nothing), {@code lastSet[n]} (the
 * parts a DEV_PARTS_SET last wrote, forgotten at a resume) and {@code staleResume} (resumes that
 * completed while the member's parts were no longer the ones last set).
 */
class AvqDeviceHistoryTest {
  private static AdminVqSystem system() {
    return new AdminVqSystem(AvqTestOptions.options(1, AvqOptions.DriverSync.VIRTIO13), true);
  }

  @Test
  void eachCompletionIsCountedOnceAndACommandThatChangesTheMemberRecordsItsIncarnation() {
    AdminVqSystem s = system();
    int inc = s.history().inc(1);
    int stop = completed(s, Opcode.DEV_MODE_SET, 1, 0, true);
    int parts = completed(s, Opcode.DEV_PARTS_SET, 1, 7, false);
    int sameParts = completed(s, Opcode.DEV_PARTS_SET, 1, 7, false);
    for (int c : new int[] {stop, parts, sameParts}) {
      assertEquals(1, s.history().completions(c), "completions[" + c + "]");
    }
    assertEquals(OptionalInt.of(inc), s.history().effectInc(stop), "the stop changed the mode");
    assertEquals(OptionalInt.of(inc), s.history().effectInc(parts), "the set changed the parts");
    assertEquals(
        OptionalInt.empty(), s.history().effectInc(sameParts), "the same parts again: NoEffect");
  }

  @Test
  void aResumeWithThePartsLastSetForgetsThemAndIsNotStale() {
    AdminVqSystem s = system();
    completed(s, Opcode.DEV_MODE_SET, 1, 0, true);
    completed(s, Opcode.DEV_PARTS_SET, 1, 7, false);
    assertEquals(OptionalInt.of(7), s.history().lastSet(1));
    assertEquals(7, s.device().parts().get(1));

    int resume = completed(s, Opcode.DEV_MODE_SET, 1, 0, false);
    assertEquals(OptionalInt.empty(), s.history().lastSet(1), "a resume forgets the last set");
    assertEquals(Set.of(), s.history().staleResume());
    assertEquals(OptionalInt.of(s.history().inc(1)), s.history().effectInc(resume));
  }

  @Test
  void aResumeAfterAMemberResetClearedThePartsSetIsStale() {
    AdminVqSystem s = system();
    completed(s, Opcode.DEV_MODE_SET, 1, 0, true);
    completed(s, Opcode.DEV_PARTS_SET, 1, 7, false);
    assertEquals(Optional.empty(), s.member(1).memberDriverReset());
    assertEquals(Optional.empty(), s.device().deviceMemberResetDone(1));
    assertEquals(0, s.device().parts().get(1), "the reset cleared the parts");
    assertEquals(OptionalInt.of(7), s.history().lastSet(1), "a member reset forgets no set");

    int resume = completed(s, Opcode.DEV_MODE_SET, 1, 0, false);
    assertEquals(Set.of(resume), s.history().staleResume());
    assertEquals(OptionalInt.empty(), s.history().lastSet(1));
  }
}
