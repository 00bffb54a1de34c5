package dev.admincvq.reference.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.reference.CmdId;
import dev.admincvq.reference.DeviceCheck;
import dev.admincvq.reference.wire.AdminCtrl;
import dev.admincvq.reference.wire.Command;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each device check decides as the spec's {@code DeviceFails(r, c)} says for its option, from the
 * device's own state and the request alone: the CASE arm of its {@code DeviceCheck}, case by case,
 * with the boundary of each comparison.
 */
class StaleCheckTest {
  private static final int MAX_VFS = 2;
  private static final CmdId C = new CmdId(1);
  private static final Command TRUST = new Command.SetTrust(true);

  /**
   * The device's state a check may read.
   *
   * @param usable the targets {@code Usable(t)} holds for
   * @param generation {@code GenOf(t)} of every VF
   */
  private record State(boolean vfEnable, int numVfs, Set<Integer> usable, int generation)
      implements StaleCheck.Facts {
    static State live(int generation) {
      return new State(true, MAX_VFS, Set.of(1, 2), generation);
    }

    @Override
    public boolean usable(int t) {
      return usable.contains(t);
    }

    @Override
    public int genOf(int t) {
      return generation;
    }
  }

  private static final State LIVE = State.live(1);
  private static final State GONE = new State(true, MAX_VFS, Set.of(), 1);

  private static boolean fails(StaleCheck check, AdminCtrl r, int ringIndex, State device) {
    Optional<String> why = check.fails(C, r, ringIndex, device);
    why.ifPresent(w -> assertTrue(!w.isBlank(), "a failure says why"));
    return why.isPresent();
  }

  @Test
  void eachCheckIsTheOptionItWasMadeFor() {
    for (DeviceCheck d : DeviceCheck.values()) {
      assertEquals(d, StaleCheck.of(d, MAX_VFS).kind());
    }
  }

  @Test
  void noneNeverFails() {
    StaleCheck none = StaleCheck.of(DeviceCheck.NONE, MAX_VFS);
    assertFalse(fails(none, AdminCtrl.request(2, TRUST), 0, GONE));
    assertFalse(fails(none, AdminCtrl.request(2, TRUST), 0, new State(false, 1, Set.of(), 1)));
  }

  @Test
  void virtio13FailsOnVfEnableClearOrAnIdAboveNumVfsOnly() {
    StaleCheck v13 = StaleCheck.of(DeviceCheck.VIRTIO13, MAX_VFS);
    assertTrue(fails(v13, AdminCtrl.request(1, TRUST), 0, new State(false, 2, Set.of(), 1)));
    assertTrue(fails(v13, AdminCtrl.request(2, TRUST), 0, new State(true, 1, Set.of(1), 1)));
    assertFalse(fails(v13, AdminCtrl.request(1, TRUST), 0, new State(true, 1, Set.of(1), 1)));
    // Nothing on DEVICE_NEEDS_RESET or on a re-created member.
    assertFalse(fails(v13, AdminCtrl.request(2, TRUST), 0, GONE));
    assertFalse(fails(v13, AdminCtrl.request(2, TRUST), 0, State.live(7)));
  }

  @Test
  void inFlightFailsAMemberGoneOrReCreatedSinceTheFetch() {
    StaleCheck inFlight = StaleCheck.of(DeviceCheck.IN_FLIGHT, MAX_VFS);
    AdminCtrl r = AdminCtrl.request(2, TRUST);
    assertTrue(fails(inFlight, r, 0, LIVE), "never fetched: no generation noted");
    inFlight.fetched(C, 2, LIVE);
    assertEquals(1, inFlight.fetchGen().get(C));
    assertFalse(fails(inFlight, r, 0, LIVE));
    assertTrue(fails(inFlight, r, 0, State.live(2)), "re-created since the fetch");
    assertTrue(fails(inFlight, r, 0, GONE), "gone");
  }

  @Test
  void availFenceFailsACommandMadeAvailableBeforeTheMembersFenceOrToAMemberGone() {
    StaleCheck fence = StaleCheck.of(DeviceCheck.AVAIL_FENCE, MAX_VFS);
    AdminCtrl r = AdminCtrl.request(2, TRUST);
    assertEquals(0, fence.fence(2));
    assertFalse(fails(fence, r, 0, LIVE), "no fence yet");
    fence.destroyed(2, 5);
    assertEquals(5, fence.fence(2));
    assertEquals(0, fence.fence(1), "only the destroyed member's fence moves");
    assertTrue(fails(fence, r, 4, LIVE), "made available before the fence");
    assertFalse(fails(fence, r, 5, LIVE), "at the fence: after the destroy");
    assertFalse(fails(fence, AdminCtrl.request(1, TRUST), 4, LIVE), "another member");
    assertTrue(fails(fence, r, 9, GONE), "gone");
  }

  @Test
  void wireGenFailsUnlessTheCarriedGenerationIsTheMembersOrIfItIsGone() {
    StaleCheck wireGen = StaleCheck.of(DeviceCheck.WIRE_GEN, MAX_VFS);
    assertFalse(fails(wireGen, AdminCtrl.request(2, 1, TRUST), 0, LIVE));
    assertTrue(fails(wireGen, AdminCtrl.request(2, 1, TRUST), 0, State.live(2)), "older");
    assertTrue(fails(wireGen, AdminCtrl.request(2, 3, TRUST), 0, State.live(2)), "newer");
    assertTrue(fails(wireGen, AdminCtrl.request(2, TRUST), 0, LIVE), "no field");
    assertTrue(fails(wireGen, AdminCtrl.request(2, 1, TRUST), 0, GONE), "gone");
  }
}
