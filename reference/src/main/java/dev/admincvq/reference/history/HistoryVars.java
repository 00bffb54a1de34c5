package dev.admincvq.reference.history;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.errorprone.annotations.Immutable;
import dev.admincvq.reference.CmdId;
import java.util.OptionalInt;

/**
 * The spec's {@code historyVars} at one instant. A command with no key in a map has the spec's
 * initial value there.
 *
 * @param meantFor {@code meantFor}: submitted commands only (the others 0)
 * @param effectOn {@code effectOn}: commands that changed something only (the others {@code
 *     NoEffect})
 * @param goneAt {@code goneAt}
 * @param grantFor {@code grantFor}, keys {@code 1..MaxVFs}
 * @param trustObeyed {@code trustObeyed}
 * @param completions {@code completions}: completed commands only (the others 0)
 */
@Immutable
public record HistoryVars(
    ImmutableSortedMap<CmdId, Integer> meantFor,
    ImmutableSortedMap<CmdId, Integer> effectOn,
    ImmutableSortedSet<CmdId> goneAt,
    ImmutableSortedMap<Integer, Integer> grantFor,
    ImmutableSortedSet<CmdId> trustObeyed,
    ImmutableSortedMap<CmdId, Integer> completions) {

  /** {@code meantFor[c]}. */
  public int meantFor(CmdId c) {
    Integer g = meantFor.get(c);
    return g == null ? 0 : g;
  }

  /** {@code effectOn[c]}, empty for {@code NoEffect}. */
  public OptionalInt effectOn(CmdId c) {
    Integer g = effectOn.get(c);
    return g == null ? OptionalInt.empty() : OptionalInt.of(g);
  }

  /** {@code completions[c]}. */
  public int completions(CmdId c) {
    Integer n = completions.get(c);
    return n == null ? 0 : n;
  }
}
