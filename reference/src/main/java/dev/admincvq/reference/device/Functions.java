package dev.admincvq.reference.device;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.admincvq.reference.CmdId;
import dev.admincvq.reference.Options;
import dev.admincvq.reference.ResetNotice;
import dev.admincvq.reference.VfState;
import dev.admincvq.reference.shared.SharedMemory;
import dev.admincvq.reference.wire.Ack;
import dev.admincvq.reference.wire.Command;
import dev.admincvq.reference.wire.Mac;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The PF and its VF functions: the SR-IOV capability's registers ({@code vfEnable}, {@code numVfs})
 * and each VF's state, generation, provisioned MAC and trust ({@code vfState}, {@code gen}, {@code
 * provMac}, {@code trusted}), with the device's reactions to register writes ({@code
 * DeviceFlushesVfQueues}, {@code DeviceDestroysVfs}, {@code DeviceCreatesVfs}, {@code
 * DeviceResetsVf}); a reaction returns the commands it completed, for the history. Not thread-safe:
 * confined to the device lock, which every caller holds.
 */
final class Functions implements StaleCheck.Facts {

  private static final int PF = 0;

  private final Options options;
  private final SharedMemory memory;
  private final StaleCheck check;

  private boolean vfEnable = true;
  private int numVfs;
  private final VfState[] vfState;
  private final int[] gen;
  private final Mac[] provMac;
  private final boolean[] trusted;

  /**
   * Each VF's operational MAC, set through its own CVQ (outside the spec: no property reads it).
   */
  private final Mac[] ownMac;

  /** The spec's {@code Init}: VF Enable set, NumVFs = TotalVFs, every VF live in generation 1. */
  Functions(Options options, SharedMemory memory, StaleCheck check) {
    this.options = options;
    this.memory = memory;
    this.check = check;
    int n = options.maxVfs();
    this.numVfs = n;
    this.vfState = new VfState[n + 1];
    this.gen = new int[n + 1];
    this.provMac = new Mac[n + 1];
    this.trusted = new boolean[n + 1];
    this.ownMac = new Mac[n + 1];
    Arrays.fill(vfState, VfState.LIVE);
    Arrays.fill(gen, 1);
    gen[PF] = 0;
    Arrays.fill(provMac, Mac.DEFAULT);
    Arrays.fill(ownMac, Mac.DEFAULT);
  }

  // ---------------------------------------------------------------- what the device reads

  @Override
  public boolean vfEnable() {
    return vfEnable;
  }

  @Override
  public int numVfs() {
    return numVfs;
  }

  /** {@code vfState[v]}. */
  VfState state(int v) {
    checkVf(v);
    return vfState[v];
  }

  /** {@code GenOf(t)}: the PF is generation 0. */
  @Override
  public int genOf(int t) {
    checkTarget(t);
    return gen[t];
  }

  /** {@code Exists(t)}: the PF, or a VF with a function. */
  boolean exists(int t) {
    checkTarget(t);
    return t == PF || vfState[t] != VfState.ABSENT;
  }

  /** {@code Usable(t)}: exists, and not in DEVICE_NEEDS_RESET where that counts as destroyed. */
  @Override
  public boolean usable(int t) {
    checkTarget(t);
    return t == PF
        || vfState[t] == VfState.LIVE
        || (vfState[t] == VfState.NEEDS_RESET && !options.needsResetDestroys());
  }

  /** {@code trusted[v]}. */
  boolean trusted(int v) {
    checkVf(v);
    return trusted[v];
  }

  // ---------------------------------------------------------------- commands and faults

  /** An admin command obeyed: the PF provisions {@code t}'s MAC, or grants or revokes trust. */
  void provision(int t, Command command) {
    if (command instanceof Command.SetMac m) {
      provMac[t] = m.mac();
    } else if (command instanceof Command.SetTrust s) {
      checkVf(t);
      trusted[t] = s.trusted();
    }
  }

  /** A command from VF {@code v}'s own CVQ obeyed: it sets the VF's operational MAC. */
  void obey(int v, Command command) {
    if (command instanceof Command.SetMac m) {
      ownMac[v] = m.mac();
    }
  }

  /** A live VF sets DEVICE_NEEDS_RESET. */
  void needsReset(int v) {
    checkVf(v);
    vfState[v] = VfState.NEEDS_RESET;
  }

  // ---------------------------------------------------------------- reactions to register writes

  /** The SR-IOV capability: VF Enable cleared; every VF destroyed, notifications withdrawn. */
  ImmutableList<CmdId> disable() {
    vfEnable = false;
    List<Integer> all = allVfs();
    for (int v : all) {
      vfState[v] = VfState.ABSENT;
    }
    ImmutableList<CmdId> flushed = deviceDestroysVfs(all);
    memory.notices().clear();
    return flushed;
  }

  /** The SR-IOV capability: NumVFs = {@code n}, VF Enable set; VFs {@code 1..n} created. */
  void enable(int n) {
    vfEnable = true;
    numVfs = n;
    deviceCreatesVfs(n);
  }

  /**
   * {@code DeviceFlushesVfQueues(T)}: the commands on the VFs' own CVQs are completed with ERR
   * (Linux's reset clean-up completes them with -EIO).
   */
  ImmutableList<CmdId> deviceFlushesVfQueues(List<Integer> vfs) {
    ImmutableList.Builder<CmdId> flushed = ImmutableList.builder();
    for (int v : vfs) {
      for (CmdId c : memory.vfQueue(v).flush()) {
        memory.buffers().writeAck(c, Ack.ERR);
        flushed.add(c);
      }
    }
    return flushed.build();
  }

  /**
   * {@code DeviceDestroysVfs(T)}: queues flushed, provisioned MAC and trust gone; the check notes
   * the destruction (under {@code "availFence"} the admin queue's available index).
   */
  ImmutableList<CmdId> deviceDestroysVfs(List<Integer> vfs) {
    ImmutableList<CmdId> flushed = deviceFlushesVfQueues(vfs);
    for (int v : vfs) {
      provMac[v] = Mac.DEFAULT;
      ownMac[v] = Mac.DEFAULT;
      trusted[v] = false;
      check.destroyed(v, memory.admin().availIdx());
    }
    return flushed;
  }

  /** {@code DeviceCreatesVfs(n)}: VFs {@code 1..n} live in a new generation, the others absent. */
  void deviceCreatesVfs(int n) {
    for (int v : allVfs()) {
      if (v <= n) {
        vfState[v] = VfState.LIVE;
        gen[v]++;
      } else {
        vfState[v] = VfState.ABSENT;
      }
    }
  }

  /**
   * {@code DeviceResetsVf(v)}: the VF works again. If it keeps its configuration only its own CVQ
   * is flushed; else it is re-created (new generation, defaults) and, under {@code ResetNotice =
   * "late"}, the management driver is notified of the new generation.
   */
  ImmutableList<CmdId> deviceResetsVf(int v) {
    checkVf(v);
    vfState[v] = VfState.LIVE;
    if (options.vfResetKeepsConfig()) {
      ownMac[v] = provMac[v];
      return deviceFlushesVfQueues(List.of(v));
    }
    ImmutableList<CmdId> flushed = deviceDestroysVfs(List.of(v));
    gen[v]++;
    if (options.resetNotice() == ResetNotice.LATE) {
      memory.notices().post(v, gen[v]);
    }
    return flushed;
  }

  // ---------------------------------------------------------------- snapshot parts

  /** {@code vfState}, keys {@code 1..MaxVFs}. */
  ImmutableSortedMap<Integer, VfState> vfStates() {
    ImmutableSortedMap.Builder<Integer, VfState> b = ImmutableSortedMap.naturalOrder();
    allVfs().forEach(v -> b.put(v, vfState[v]));
    return b.buildOrThrow();
  }

  /** {@code gen}, keys {@code 1..MaxVFs}. */
  ImmutableSortedMap<Integer, Integer> generations() {
    ImmutableSortedMap.Builder<Integer, Integer> b = ImmutableSortedMap.naturalOrder();
    allVfs().forEach(v -> b.put(v, gen[v]));
    return b.buildOrThrow();
  }

  /** {@code provMac}, keys {@code 0..MaxVFs}. */
  ImmutableSortedMap<Integer, Mac> provisionedMacs() {
    ImmutableSortedMap.Builder<Integer, Mac> b = ImmutableSortedMap.naturalOrder();
    for (int t = 0; t < provMac.length; t++) {
      b.put(t, provMac[t]);
    }
    return b.buildOrThrow();
  }

  /** {@code trusted}, keys {@code 1..MaxVFs}. */
  ImmutableSortedMap<Integer, Boolean> trust() {
    ImmutableSortedMap.Builder<Integer, Boolean> b = ImmutableSortedMap.naturalOrder();
    allVfs().forEach(v -> b.put(v, trusted[v]));
    return b.buildOrThrow();
  }

  /** VF {@code v}'s operational MAC (outside the spec). */
  Mac ownMac(int v) {
    checkVf(v);
    return ownMac[v];
  }

  private List<Integer> allVfs() {
    return IntStream.rangeClosed(1, options.maxVfs()).boxed().toList();
  }

  private void checkVf(int v) {
    if (!options.isVf(v)) {
      throw new IllegalArgumentException("not a VF id: " + v);
    }
  }

  private void checkTarget(int t) {
    if (!options.isTarget(t)) {
      throw new IllegalArgumentException("not a target id: " + t);
    }
  }
}
