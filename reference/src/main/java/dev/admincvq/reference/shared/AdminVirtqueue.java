package dev.admincvq.reference.shared;

import com.google.common.collect.ImmutableList;
import dev.admincvq.reference.CmdId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The PF's admin CVQ in shared memory: its available ring with the available index ({@code
 * availIdx}, {@code adminQ}: entries the device has not fetched) and its used ring ({@code
 * adminUsed}: entries the management driver has not reaped). The management driver makes buffers
 * available and reaps used entries; the device fetches available entries and marks them used. Not
 * thread-safe: confined to the device lock, which every caller holds.
 */
public final class AdminVirtqueue {

  private int availIdx;
  private final List<CmdId> available = new ArrayList<>();
  private final ArrayDeque<CmdId> used = new ArrayDeque<>();

  /**
   * The driver makes {@code c} available.
   *
   * @return the available index it was made available at (the index before the increment)
   */
  public int makeAvailable(CmdId c) {
    available.add(c);
    return availIdx++;
  }

  /** The available index: commands ever made available. */
  public int availIdx() {
    return availIdx;
  }

  /** The available entries the device has not fetched, oldest first. */
  public ImmutableList<CmdId> available() {
    return ImmutableList.copyOf(available);
  }

  /** The device fetches {@code c}: it leaves the available ring. */
  public void fetched(CmdId c) {
    if (!available.remove(c)) {
      throw new IllegalArgumentException(c + " is not available");
    }
  }

  /** The device puts {@code c} on the used ring. */
  public void markUsed(CmdId c) {
    used.addLast(c);
  }

  /** The oldest used entry the driver has not reaped. */
  public Optional<CmdId> usedHead() {
    return Optional.ofNullable(used.peekFirst());
  }

  /** The driver reaps the oldest used entry. */
  public CmdId reap() {
    CmdId c = used.pollFirst();
    if (c == null) {
      throw new IllegalStateException("the used ring is empty");
    }
    return c;
  }

  /** Whether {@code c} is on the used ring, not yet reaped (the device has completed it). */
  public boolean isUsed(CmdId c) {
    return used.contains(c);
  }

  /** The used ring, oldest first. */
  public ImmutableList<CmdId> usedRing() {
    return ImmutableList.copyOf(used);
  }
}
