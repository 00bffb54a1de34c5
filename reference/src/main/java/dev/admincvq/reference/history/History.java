package dev.admincvq.reference.history;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import dev.admincvq.reference.CmdId;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntUnaryOperator;

/**
 * The spec's history ({@code historyVars}): ghost state that the properties are stated over. The
 * actors write it and never read it (ARCHITECTURE.md: "never: an action of the spec reads a history
 * (ghost) variable"); it reads the device's generations where the spec's history does ({@code
 * meantFor' = GenOf(t)}) through a probe that is no actor's. Not thread-safe: confined to the
 * device lock, which every writer holds.
 */
public final class History {

  private final IntUnaryOperator genOf;
  private final TreeMap<CmdId, Integer> meantFor = new TreeMap<>();
  private final TreeMap<CmdId, Integer> effectOn = new TreeMap<>();
  private final TreeSet<CmdId> goneAt = new TreeSet<>();
  private final int[] grantFor;
  private final TreeSet<CmdId> trustObeyed = new TreeSet<>();
  private final TreeMap<CmdId, Integer> completions = new TreeMap<>();

  /**
   * Empty history for VF ids {@code 1..maxVfs}.
   *
   * @param maxVfs TotalVFs
   * @param genOf the spec's {@code GenOf(t)}: the device's generation of target {@code t} now (0
   *     for the PF)
   */
  public History(int maxVfs, IntUnaryOperator genOf) {
    this.genOf = genOf;
    this.grantFor = new int[maxVfs + 1];
  }

  /** {@code meantFor'[c] = GenOf(t)}: a driver submitted {@code c} to target {@code t}. */
  public void submitted(CmdId c, int t) {
    meantFor.put(c, genOf.applyAsInt(t));
  }

  /** {@code completions'[c] = completions[c] + 1}: the device wrote {@code c}'s ack. */
  public void completed(CmdId c) {
    completions.merge(c, 1, Integer::sum);
  }

  /**
   * {@code DeviceProcess(c)}'s history: the device processed admin command {@code c} to target
   * {@code t}.
   *
   * @param applied whether it changed the target ({@code apply})
   * @param usable {@code Usable(t)} when processed
   * @param trustGrant whether it is a trust command
   */
  public void processedAdmin(CmdId c, int t, boolean applied, boolean usable, boolean trustGrant) {
    completed(c);
    int now = genOf.applyAsInt(t);
    if (applied) {
      effectOn.put(c, now);
    }
    if (!usable || now != meantFor(c)) {
      goneAt.add(c);
    }
    if (applied && trustGrant) {
      grantFor[t] = meantFor(c);
    }
  }

  /**
   * {@code DeviceProcessVf(v)}'s history: the device processed {@code c} from VF {@code v}'s own
   * CVQ.
   *
   * @param obeyed whether it obeyed it ({@code obey})
   * @param usable {@code Usable(v)} when processed
   */
  public void processedVf(CmdId c, int v, boolean obeyed, boolean usable) {
    completed(c);
    int now = genOf.applyAsInt(v);
    if (obeyed) {
      effectOn.put(c, now);
    }
    if (!usable || now != meantFor(c)) {
      goneAt.add(c);
    }
    if (obeyed && grantFor[v] == now) {
      trustObeyed.add(c);
    }
  }

  private int meantFor(CmdId c) {
    Integer g = meantFor.get(c);
    return g == null ? 0 : g;
  }

  /** The history now. */
  public HistoryVars snapshot() {
    ImmutableSortedMap.Builder<Integer, Integer> grants = ImmutableSortedMap.naturalOrder();
    for (int v = 1; v < grantFor.length; v++) {
      grants.put(v, grantFor[v]);
    }
    return new HistoryVars(
        ImmutableSortedMap.copyOfSorted(meantFor),
        ImmutableSortedMap.copyOfSorted(effectOn),
        ImmutableSortedSet.copyOfSorted(goneAt),
        grants.buildOrThrow(),
        ImmutableSortedSet.copyOfSorted(trustObeyed),
        ImmutableSortedMap.copyOfSorted(completions));
  }
}
