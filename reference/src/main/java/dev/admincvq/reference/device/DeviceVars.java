package dev.admincvq.reference.device;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.errorprone.annotations.Immutable;
import dev.admincvq.reference.CmdId;
import dev.admincvq.reference.VfState;
import dev.admincvq.reference.wire.Mac;
import org.checkerframework.checker.nullness.qual.NonNull;

/**
 * The device's state at one instant: the spec's {@code deviceVars}, and {@code inflight}.
 *
 * @param vfEnable {@code vfEnable}
 * @param numVfs {@code numVfs}
 * @param vfState {@code vfState}, keys {@code 1..MaxVFs}
 * @param gen {@code gen}, keys {@code 1..MaxVFs}
 * @param fence {@code fence}, keys {@code 1..MaxVFs} (0 unless the device checks {@code
 *     "availFence"})
 * @param provMac {@code provMac}, keys {@code 0..MaxVFs}
 * @param trusted {@code trusted}, keys {@code 1..MaxVFs}
 * @param fetchGen {@code fetchGen}: the commands whose generation was noted at fetch (only under
 *     {@code "inFlight"}; the others 0)
 * @param inflight {@code inflight}, oldest first
 */
@Immutable
public record DeviceVars(
    boolean vfEnable,
    int numVfs,
    ImmutableSortedMap<Integer, VfState> vfState,
    ImmutableSortedMap<Integer, Integer> gen,
    ImmutableSortedMap<Integer, Integer> fence,
    ImmutableSortedMap<Integer, Mac> provMac,
    ImmutableSortedMap<Integer, Boolean> trusted,
    ImmutableSortedMap<CmdId, Integer> fetchGen,
    ImmutableList<CmdId> inflight) {

  /** {@code vfState[v]}. */
  public VfState vfState(int v) {
    return at(vfState, v);
  }

  /** {@code gen[v]}. */
  public int gen(int v) {
    return at(gen, v);
  }

  /** {@code fence[v]}. */
  public int fence(int v) {
    return at(fence, v);
  }

  private static <V extends @NonNull Object> V at(ImmutableSortedMap<Integer, V> map, int v) {
    V value = map.get(v);
    if (value == null) {
      throw new IllegalArgumentException("no VF " + v);
    }
    return value;
  }
}
