package dev.admincvq.reference.shared;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.admincvq.reference.CmdId;
import dev.admincvq.reference.wire.WireCodec;
import java.util.ArrayList;
import java.util.List;

/**
 * What a driver writes and the device reads, and back (the spec's {@code sharedVars} but {@code
 * inflight}, which only the device holds): the request buffers, the admin CVQ, each VF's own CVQ
 * and the VF-reset notifications. Each actor is handed only the parts its view holds: the
 * management driver the buffers, the admin CVQ and the notifications; a VF's driver the buffers and
 * its VF's CVQ; the device all. Not thread-safe: confined to the device lock, which every step of
 * every actor holds ({@link dev.admincvq.reference.Machine}).
 */
public final class SharedMemory {

  private final Buffers buffers = new Buffers();
  private final AdminVirtqueue admin = new AdminVirtqueue();
  private final List<VfVirtqueue> vfQueues = new ArrayList<>();
  private final ResetNotices notices;

  /** Empty queues for a PF with VF ids {@code 1..maxVfs}. */
  public SharedMemory(int maxVfs) {
    for (int v = 0; v <= maxVfs; v++) {
      vfQueues.add(new VfVirtqueue());
    }
    this.notices = new ResetNotices(maxVfs);
  }

  /** The request buffers. */
  public Buffers buffers() {
    return buffers;
  }

  /** The admin CVQ. */
  public AdminVirtqueue admin() {
    return admin;
  }

  /** VF {@code v}'s own CVQ. */
  public VfVirtqueue vfQueue(int v) {
    if (v < 1 || v >= vfQueues.size()) {
      throw new IllegalArgumentException("not a VF id: " + v);
    }
    return vfQueues.get(v);
  }

  /** The VF-reset notifications. */
  public ResetNotices notices() {
    return notices;
  }

  /** Its contents now, requests decoded with {@code codec}. */
  public SharedVars snapshot(WireCodec codec) {
    ImmutableSortedMap.Builder<Integer, ImmutableList<CmdId>> vfq =
        ImmutableSortedMap.naturalOrder();
    for (int v = 1; v < vfQueues.size(); v++) {
      vfq.put(v, vfQueues.get(v).contents());
    }
    return new SharedVars(
        buffers.snapshot(codec),
        admin.availIdx(),
        admin.available(),
        admin.usedRing(),
        vfq.buildOrThrow(),
        notices.snapshot());
  }
}
