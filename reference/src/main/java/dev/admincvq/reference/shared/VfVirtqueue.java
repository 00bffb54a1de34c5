package dev.admincvq.reference.shared;

import com.google.common.collect.ImmutableList;
import dev.admincvq.reference.CmdId;
import java.util.ArrayDeque;
import java.util.Optional;

/**
 * One VF's own CVQ in shared memory ({@code vfq[v]}): commands its driver placed that the device
 * has not processed, oldest first. Not thread-safe: confined to the device lock.
 */
public final class VfVirtqueue {

  private final ArrayDeque<CmdId> queue = new ArrayDeque<>();

  /** The VF's driver places {@code c}. */
  public void place(CmdId c) {
    queue.addLast(c);
  }

  /** The oldest command, if any. */
  public Optional<CmdId> head() {
    return Optional.ofNullable(queue.peekFirst());
  }

  /** The device takes the oldest command. */
  public CmdId take() {
    CmdId c = queue.pollFirst();
    if (c == null) {
      throw new IllegalStateException("the VF's CVQ is empty");
    }
    return c;
  }

  /** The device's reset clean-up takes every command, oldest first. */
  public ImmutableList<CmdId> flush() {
    ImmutableList<CmdId> all = ImmutableList.copyOf(queue);
    queue.clear();
    return all;
  }

  /** Whether it is empty. */
  public boolean isEmpty() {
    return queue.isEmpty();
  }

  /** Its commands, oldest first. */
  public ImmutableList<CmdId> contents() {
    return ImmutableList.copyOf(queue);
  }
}
