package dev.admincvq.reference.shared;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * VF-reset notifications sent to the management driver and not yet taken ({@code resetNotice}): per
 * VF, the generations the resets created (Linux: {@code .reset_done}). The device posts them; the
 * driver takes them, in any order. Under {@code "wireGen"} the generation is a field of the
 * notification the driver reads (part of the proposal); otherwise it only tells two notifications
 * apart, and the driver acts on "VF v was reset" alone. Not thread-safe: confined to the device
 * lock.
 */
public final class ResetNotices {

  private final List<TreeSet<Integer>> pending = new ArrayList<>();

  /** No notification pending for VFs {@code 1..maxVfs}. */
  public ResetNotices(int maxVfs) {
    for (int v = 0; v <= maxVfs; v++) {
      pending.add(new TreeSet<>());
    }
  }

  /** The device notifies that VF {@code v}'s reset created generation {@code g}. */
  public void post(int v, int g) {
    pending.get(v).add(g);
  }

  /** The notifications about VF {@code v} not yet taken, by generation. */
  public ImmutableSortedSet<Integer> pending(int v) {
    return ImmutableSortedSet.copyOf(pending.get(v));
  }

  /**
   * The driver takes the notification about {@code v} naming {@code g}; false if none is pending.
   */
  public boolean take(int v, int g) {
    return pending.get(v).remove(g);
  }

  /** The device withdraws every notification (its VFs are destroyed). */
  public void clear() {
    pending.forEach(TreeSet::clear);
  }

  /** Every VF's pending notifications, keys {@code 1..maxVfs}. */
  public ImmutableSortedMap<Integer, ImmutableSortedSet<Integer>> snapshot() {
    ImmutableSortedMap.Builder<Integer, ImmutableSortedSet<Integer>> b =
        ImmutableSortedMap.naturalOrder();
    for (int v = 1; v < pending.size(); v++) {
      b.put(v, ImmutableSortedSet.copyOf(pending.get(v)));
    }
    return b.buildOrThrow();
  }
}
