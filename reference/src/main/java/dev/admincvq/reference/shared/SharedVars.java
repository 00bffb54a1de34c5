package dev.admincvq.reference.shared;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.errorprone.annotations.Immutable;
import dev.admincvq.reference.CmdId;

/**
 * The shared memory at one instant: the spec's {@code sharedVars} but {@code inflight}.
 *
 * @param req {@code req} and {@code ack}: submitted requests only (the others are {@code
 *     NotSubmitted}, ack {@code "none"})
 * @param availIdx {@code availIdx}
 * @param adminQ {@code adminQ}, oldest first
 * @param adminUsed {@code adminUsed}, oldest first
 * @param vfq {@code vfq}, keys {@code 1..MaxVFs}, oldest first
 * @param resetNotice {@code resetNotice}, keys {@code 1..MaxVFs}
 */
@Immutable
public record SharedVars(
    ImmutableSortedMap<CmdId, Request> req,
    int availIdx,
    ImmutableList<CmdId> adminQ,
    ImmutableList<CmdId> adminUsed,
    ImmutableSortedMap<Integer, ImmutableList<CmdId>> vfq,
    ImmutableSortedMap<Integer, ImmutableSortedSet<Integer>> resetNotice) {

  /** {@code resetNotice[v]}. */
  public ImmutableSortedSet<Integer> resetNotice(int v) {
    ImmutableSortedSet<Integer> pending = resetNotice.get(v);
    if (pending == null) {
      throw new IllegalArgumentException("no VF " + v);
    }
    return pending;
  }
}
