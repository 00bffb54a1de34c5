package dev.admincvq.reference.v1;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.errorprone.annotations.Immutable;
import dev.admincvq.reference.v1.wire.Mac;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.NonNull;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A snapshot of the whole abstract state, one component per variable of {@code AdminCvq}, taken
 * atomically between two actions (so a lockstep replay can compare it with TLC's states).
 *
 * <p>Conventions, where the Java value differs from the spec's: a {@code CmdId} the spec maps to
 * {@code NotSubmitted} has no key in {@code cmd} or {@code completions} (and 0 completions); a
 * target the spec maps to {@code NoCmd} has no key in {@code drvLast}; the spec's devMac
 * is {@link #devMac()}, the MAC of {@code devConfig}; MACs map to the spec's integers by {@link
 * Mac#specValue()}.
 *
 * @param vfEnable {@code vfEnable}
 * @param vfState {@code vfState}, keys {@code 1..NumVFs}
 * @param inc {@code inc}, keys {@code 1..NumVFs}
 * @param devConfig the spec's devMac ({@link #devMac()}) and the RX mode, keys {@code 0..NumVFs}
 * @param trusted {@code trusted}, keys {@code 1..NumVFs}
 * @param cmd {@code cmd}, submitted commands only
 * @param adminQ {@code adminQ}, head first
 * @param inflight {@code inflight}, oldest first
 * @param vfq {@code vfq}, keys {@code 1..NumVFs}, head first
 * @param drvMac {@code drvMac}, keys {@code 0..NumVFs}
 * @param drvLast {@code drvLast}, targets with a last set-MAC only
 * @param effects {@code effects}
 * @param completions {@code completions}, submitted commands only
 */
@Immutable
public record AbstractState(
    boolean vfEnable,
    ImmutableSortedMap<Integer, VfState> vfState,
    ImmutableSortedMap<Integer, Integer> inc,
    ImmutableSortedMap<Integer, TargetConfig> devConfig,
    ImmutableSortedMap<Integer, Boolean> trusted,
    ImmutableSortedMap<CmdId, CmdRecord> cmd,
    ImmutableList<CmdId> adminQ,
    ImmutableList<CmdId> inflight,
    ImmutableSortedMap<Integer, ImmutableList<CmdId>> vfq,
    ImmutableSortedMap<Integer, Mac> drvMac,
    ImmutableSortedMap<Integer, CmdId> drvLast,
    ImmutableSet<Effect> effects,
    ImmutableSortedMap<CmdId, Integer> completions) {

  /** The spec's {@code devMac}. */
  public ImmutableSortedMap<Integer, Mac> devMac() {
    ImmutableSortedMap.Builder<Integer, Mac> b = ImmutableSortedMap.naturalOrder();
    devConfig.forEach((t, c) -> b.put(t, c.mac()));
    return b.buildOrThrow();
  }

  /** {@code NumVFs}. */
  public int numVfs() {
    return vfState.size();
  }

  /** {@code IncOf(t)}. */
  public int incOf(int t) {
    Integer i = inc.get(t);
    return t == 0 || i == null ? 0 : i;
  }

  /** {@code Live(t)}. */
  public boolean live(int t) {
    return t == 0 || vfState.get(t) == VfState.LIVE;
  }

  /** {@code drvLast[t]}, empty for {@code NoCmd}. */
  public Optional<CmdId> drvLast(int t) {
    return Optional.ofNullable(drvLast.get(t));
  }

  /**
   * {@code cmd[c]}.
   *
   * @throws java.util.NoSuchElementException if {@code c} is not submitted
   */
  public CmdRecord cmd(CmdId c) {
    return require(cmd.get(c), c);
  }

  /** {@code vfState[v]}. */
  public VfState vfState(int v) {
    return require(vfState.get(v), v);
  }

  /** {@code inc[v]}. */
  public int inc(int v) {
    return require(inc.get(v), v);
  }

  /** {@code trusted[v]}. */
  public boolean trusted(int v) {
    return require(trusted.get(v), v);
  }

  /** {@code vfq[v]}. */
  public ImmutableList<CmdId> vfq(int v) {
    return require(vfq.get(v), v);
  }

  /** {@code devMac[t]}. */
  public Mac devMac(int t) {
    return require(devConfig.get(t), t).mac();
  }

  /** {@code drvMac[t]}. */
  public Mac drvMac(int t) {
    return require(drvMac.get(t), t);
  }

  private static <V extends @NonNull Object> V require(@Nullable V value, Object key) {
    if (value == null) {
      throw new NoSuchElementException("no " + key + " in the domain");
    }
    return value;
  }

  /** {@code completions[c]}. */
  public int completions(CmdId c) {
    Integer n = completions.get(c);
    return n == null ? 0 : n;
  }
}
