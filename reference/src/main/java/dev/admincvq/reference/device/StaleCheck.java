package dev.admincvq.reference.device;

import com.google.common.collect.ImmutableSortedMap;
import dev.admincvq.reference.CmdId;
import dev.admincvq.reference.DeviceCheck;
import dev.admincvq.reference.wire.AdminCtrl;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The device's check when it processes an admin command to a VF ({@code DeviceFails}), one
 * implementation per {@link DeviceCheck}, each made as a device would make it: from the device's
 * own state and what the request carries, never from a driver's bookkeeping or the history.
 *
 * <ul>
 *   <li>{@link None}: no check.
 *   <li>{@link Virtio13}: VF Enable and NumVFs, the registers virtio 1.3 names.
 *   <li>{@link InFlight}: the member's generation, noted when the command is fetched.
 *   <li>{@link AvailFence}: the admin queue's available index, recorded when a member is destroyed,
 *       against the ring index the command was made available at.
 *   <li>{@link WireGen}: the request's {@code member_generation} field against the member's
 *       generation.
 * </ul>
 *
 * <p>{@link InFlight} and {@link AvailFence} keep state of their own (the spec's {@code fetchGen}
 * and {@code fence}); like the rest of the device they are confined to the device lock.
 */
public sealed interface StaleCheck {

  /** What of the device's own state a check may read. */
  interface Facts {
    /** VF Enable. */
    boolean vfEnable();

    /** NumVFs. */
    int numVfs();

    /** {@code Usable(t)}. */
    boolean usable(int t);

    /** {@code GenOf(t)}. */
    int genOf(int t);
  }

  /** The check of {@code check} for VF ids {@code 1..maxVfs}, with nothing noted yet. */
  static StaleCheck of(DeviceCheck check, int maxVfs) {
    return switch (check) {
      case NONE -> new None();
      case VIRTIO13 -> new Virtio13();
      case IN_FLIGHT -> new InFlight();
      case AVAIL_FENCE -> new AvailFence(maxVfs);
      case WIRE_GEN -> new WireGen();
    };
  }

  /** The design option this implements. */
  DeviceCheck kind();

  /**
   * {@code DeviceFails(r, c)} for a request to a VF: why the device fails it, or empty.
   *
   * @param c the command
   * @param request the request as decoded from its buffer, to VF {@code t}
   * @param ringIndex the available index it was made available at, read from the ring
   * @param device the device's state now
   */
  Optional<String> fails(CmdId c, AdminCtrl request, int ringIndex, Facts device);

  /** {@code DeviceFetch(c)}: the device fetched {@code c}, a request to target {@code t}. */
  default void fetched(CmdId c, int t, Facts device) {}

  /**
   * {@code DeviceDestroysVfs}: member {@code v} was destroyed when the available index was {@code
   * availIdx}.
   */
  default void destroyed(int v, int availIdx) {}

  /** {@code fetchGen}: the generations noted at fetch (empty unless {@link InFlight}). */
  default ImmutableSortedMap<CmdId, Integer> fetchGen() {
    return ImmutableSortedMap.of();
  }

  /** {@code fence[v]}: 0 unless {@link AvailFence}. */
  default int fence(int v) {
    return 0;
  }

  /** {@code "none"}: the command acts on whatever VF has the id now. */
  record None() implements StaleCheck {
    @Override
    public DeviceCheck kind() {
      return DeviceCheck.NONE;
    }

    @Override
    public Optional<String> fails(CmdId c, AdminCtrl request, int ringIndex, Facts device) {
      return Optional.empty();
    }
  }

  /**
   * {@code "virtio13"}: "if ... VF Enable is clear" fail with INVALID_GROUP; a member id outside
   * 1..NumVFs fails with INVALID_MEMBER. Nothing on DEVICE_NEEDS_RESET.
   */
  record Virtio13() implements StaleCheck {
    @Override
    public DeviceCheck kind() {
      return DeviceCheck.VIRTIO13;
    }

    @Override
    public Optional<String> fails(CmdId c, AdminCtrl request, int ringIndex, Facts device) {
      int t = request.virtualDeviceId();
      if (!device.vfEnable()) {
        return Optional.of("VF Enable is clear (INVALID_GROUP)");
      }
      if (t > device.numVfs()) {
        return Optional.of("member " + t + " > NumVFs " + device.numVfs() + " (INVALID_MEMBER)");
      }
      return Optional.empty();
    }
  }

  /**
   * {@code "inFlight"}: the device keeps the member's generation when it fetches the command and
   * fails it if the member is gone or was re-created since.
   */
  final class InFlight implements StaleCheck {
    private final TreeMap<CmdId, Integer> fetchGen = new TreeMap<>();

    @Override
    public DeviceCheck kind() {
      return DeviceCheck.IN_FLIGHT;
    }

    @Override
    public void fetched(CmdId c, int t, Facts device) {
      fetchGen.put(c, device.genOf(t));
    }

    @Override
    public Optional<String> fails(CmdId c, AdminCtrl request, int ringIndex, Facts device) {
      int t = request.virtualDeviceId();
      Integer noted = fetchGen.get(c);
      if (!device.usable(t)) {
        return Optional.of(gone(t));
      }
      if (noted == null || noted != device.genOf(t)) {
        return Optional.of(
            "member "
                + t
                + " re-created since fetch (generation "
                + noted
                + " then, "
                + device.genOf(t)
                + " now)");
      }
      return Optional.empty();
    }

    @Override
    public ImmutableSortedMap<CmdId, Integer> fetchGen() {
      return ImmutableSortedMap.copyOfSorted(fetchGen);
    }
  }

  /**
   * {@code "availFence"}: when a member is destroyed the device records the admin queue's available
   * index; it fails a command to that member made available before it, and a command to a member
   * that is gone.
   */
  final class AvailFence implements StaleCheck {
    private final int[] fence;

    AvailFence(int maxVfs) {
      this.fence = new int[maxVfs + 1];
      Arrays.fill(fence, 0);
    }

    @Override
    public DeviceCheck kind() {
      return DeviceCheck.AVAIL_FENCE;
    }

    @Override
    public void destroyed(int v, int availIdx) {
      fence[v] = availIdx;
    }

    @Override
    public Optional<String> fails(CmdId c, AdminCtrl request, int ringIndex, Facts device) {
      int t = request.virtualDeviceId();
      if (!device.usable(t)) {
        return Optional.of(gone(t));
      }
      if (ringIndex < fence[t]) {
        return Optional.of(
            "made available at " + ringIndex + ", before member " + t + "'s fence " + fence[t]);
      }
      return Optional.empty();
    }

    @Override
    public int fence(int v) {
      return fence[v];
    }
  }

  /**
   * {@code "wireGen"}: the command carries the member generation the driver knows; the device fails
   * it unless it equals the member's generation, or if the member is gone.
   */
  record WireGen() implements StaleCheck {
    @Override
    public DeviceCheck kind() {
      return DeviceCheck.WIRE_GEN;
    }

    @Override
    public Optional<String> fails(CmdId c, AdminCtrl request, int ringIndex, Facts device) {
      int t = request.virtualDeviceId();
      OptionalInt carried = request.memberGeneration();
      if (!device.usable(t)) {
        return Optional.of(gone(t));
      }
      if (carried.isEmpty()) {
        return Optional.of("the request carries no member_generation");
      }
      if (carried.getAsInt() != device.genOf(t)) {
        return Optional.of(
            "member_generation "
                + carried.getAsInt()
                + ", member "
                + t
                + " is generation "
                + device.genOf(t));
      }
      return Optional.empty();
    }
  }

  private static String gone(int t) {
    return "member "
        + t
        + " is gone (absent, or in DEVICE_NEEDS_RESET where that counts as destroyed)";
  }
}
