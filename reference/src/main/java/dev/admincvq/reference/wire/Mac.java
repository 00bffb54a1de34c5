package dev.admincvq.reference.wire;

import com.google.errorprone.annotations.Immutable;
import java.util.HexFormat;
import java.util.OptionalInt;

/**
 * A 6-byte Ethernet MAC address, as carried by {@code VIRTIO_NET_CTRL_MAC_ADDR_SET}.
 *
 * <p><b>The abstraction to the spec, in one place.</b> The spec's MACs are small integers ({@code
 * Mac = {1, 2}}, {@code DefaultMac = 0} in {@code MCAdminCvqActors}). The spec value {@code n}
 * ({@code 0 <= n <= 255}) is the locally administered unicast address {@code 02:00:00:00:00:nn};
 * the spec's {@code DefaultMac} (0) is {@link #DEFAULT}, {@code 02:00:00:00:00:00}, the MAC of
 * every target after creation or reset. Any other address has no spec value.
 *
 * @param bits the address in the low 48 bits, first byte on the wire most significant
 */
@Immutable
public record Mac(long bits) {

  /** Length of a MAC address on the wire. */
  public static final int LENGTH = 6;

  private static final long MASK = (1L << 48) - 1;
  private static final long SPEC_PREFIX = 0x02_00_00_00_00_00L;

  /** The MAC of a target after creation or reset: the spec's {@code DefaultMac} (0). */
  public static final Mac DEFAULT = fromSpec(0);

  /**
   * Checks the address fits in 48 bits.
   *
   * @throws IllegalArgumentException if it does not
   */
  public Mac {
    if ((bits & ~MASK) != 0) {
      throw new IllegalArgumentException("a MAC has 48 bits: " + Long.toHexString(bits));
    }
  }

  /**
   * The MAC that stands for the spec's MAC value {@code n}.
   *
   * @param n a spec MAC, {@code 0} being {@code DefaultMac}
   * @return {@code 02:00:00:00:00:nn}
   * @throws IllegalArgumentException unless {@code 0 <= n <= 255}
   */
  public static Mac fromSpec(int n) {
    if (n < 0 || n > 0xFF) {
      throw new IllegalArgumentException("spec MACs are 0..255, got " + n);
    }
    return new Mac(SPEC_PREFIX | n);
  }

  /**
   * The spec's MAC value of this address, if it has one.
   *
   * @return {@code n} for {@code 02:00:00:00:00:nn}, else empty
   */
  public OptionalInt specValue() {
    return (bits & ~0xFFL) == SPEC_PREFIX
        ? OptionalInt.of((int) (bits & 0xFF))
        : OptionalInt.empty();
  }

  /**
   * The address from its 6 wire bytes.
   *
   * @param bytes the buffer
   * @param offset where the address starts; {@code offset + 6 <= bytes.length}
   * @return the address
   */
  static Mac read(byte[] bytes, int offset) {
    long b = 0;
    for (int i = 0; i < LENGTH; i++) {
      b = (b << 8) | (bytes[offset + i] & 0xFFL);
    }
    return new Mac(b);
  }

  /** Writes the 6 wire bytes at {@code offset}. */
  void write(byte[] bytes, int offset) {
    for (int i = 0; i < LENGTH; i++) {
      bytes[offset + i] = (byte) (bits >>> (8 * (LENGTH - 1 - i)));
    }
  }

  /** The usual form, {@code 02:00:00:00:00:01}. */
  @Override
  public String toString() {
    byte[] b = new byte[LENGTH];
    write(b, 0);
    return HexFormat.ofDelimiter(":").formatHex(b);
  }
}
