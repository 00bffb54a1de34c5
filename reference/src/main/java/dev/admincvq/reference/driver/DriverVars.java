package dev.admincvq.reference.driver;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.errorprone.annotations.Immutable;
import dev.admincvq.reference.CmdId;
import dev.admincvq.reference.wire.Mac;

/**
 * The management driver's bookkeeping at one instant: the spec's {@code driverVars}.
 *
 * @param drvOut {@code drvOut}
 * @param drvIgnore {@code drvIgnore}
 * @param drvMac {@code drvMac}, keys {@code 0..MaxVFs}
 * @param drvLast {@code drvLast}: targets with a last set-MAC only (the others {@code NoCmd})
 * @param drvGen {@code drvGen}, keys {@code 1..MaxVFs}
 */
@Immutable
public record DriverVars(
    ImmutableSortedSet<CmdId> drvOut,
    ImmutableSortedSet<CmdId> drvIgnore,
    ImmutableSortedMap<Integer, Mac> drvMac,
    ImmutableSortedMap<Integer, CmdId> drvLast,
    ImmutableSortedMap<Integer, Integer> drvGen) {

  /** {@code drvGen[v]}. */
  public int drvGen(int v) {
    Integer g = drvGen.get(v);
    if (g == null) {
      throw new IllegalArgumentException("no VF " + v);
    }
    return g;
  }
}
