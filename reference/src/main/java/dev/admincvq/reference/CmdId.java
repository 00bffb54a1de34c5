package dev.admincvq.reference;

import com.google.errorprone.annotations.Immutable;

/**
 * The identity of one submission (the spec's {@code CmdId}): 1, 2, 3, ... in submission order,
 * shared by the management driver and the VFs' own drivers. Each submission takes the least unused
 * one ({@code FreshId}); the identity stands for the buffer's token (Linux passes the cmd pointer),
 * and no actor decides anything on another's identities.
 *
 * @param value the spec's natural number
 */
@Immutable
public record CmdId(int value) implements Comparable<CmdId> {

  /**
   * Checks the value is at least 1.
   *
   * @throws IllegalArgumentException if not
   */
  public CmdId {
    if (value < 1) {
      throw new IllegalArgumentException("command ids start at 1, got " + value);
    }
  }

  @Override
  public int compareTo(CmdId o) {
    return Integer.compare(value, o.value);
  }

  @Override
  public String toString() {
    return "c" + value;
  }
}
