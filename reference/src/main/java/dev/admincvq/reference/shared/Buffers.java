package dev.admincvq.reference.shared;

import com.google.common.collect.ImmutableSortedMap;
import dev.admincvq.reference.Chan;
import dev.admincvq.reference.CmdId;
import dev.admincvq.reference.wire.Ack;
import dev.admincvq.reference.wire.AdminCtrl;
import dev.admincvq.reference.wire.Decoded;
import dev.admincvq.reference.wire.NetCtrl;
import dev.admincvq.reference.wire.WireCodec;
import java.util.Arrays;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The request buffers in shared memory (the spec's {@code req} and {@code ack}): each submission's
 * bytes as the driver wrote them, whose last byte, the ack, the device writes. Not thread-safe:
 * confined to the device lock, which every caller holds ({@link dev.admincvq.reference.Machine}).
 */
public final class Buffers {

  /** One buffer and where it was placed; the device writes its last byte. */
  private static final class Slot {
    final Chan chan;
    final int vf;
    final int ringIndex;
    final byte[] bytes;

    Slot(Chan chan, int vf, int ringIndex, byte[] bytes) {
      this.chan = chan;
      this.vf = vf;
      this.ringIndex = ringIndex;
      this.bytes = bytes;
    }
  }

  private final TreeMap<CmdId, Slot> slots = new TreeMap<>();

  /** The identity the next submission takes: the least unused ({@code FreshId}). */
  public CmdId nextId() {
    return new CmdId(slots.size() + 1);
  }

  /**
   * A driver writes a buffer it places on a queue.
   *
   * @param c a fresh identity ({@link #nextId()})
   * @param chan the queue
   * @param vf the VF whose own CVQ it is on (0 for the admin CVQ)
   * @param ringIndex its index in the admin CVQ's available ring (0 on a VF's own CVQ)
   * @param bytes its bytes, copied
   * @throws IllegalArgumentException if {@code c} is not the next identity
   */
  public void write(CmdId c, Chan chan, int vf, int ringIndex, byte[] bytes) {
    if (!c.equals(nextId())) {
      throw new IllegalArgumentException(c + " is not the next identity " + nextId());
    }
    slots.put(c, new Slot(chan, vf, ringIndex, bytes.clone()));
  }

  /** The bytes of {@code c}, a copy. */
  public byte[] read(CmdId c) {
    return slot(c).bytes.clone();
  }

  /** The queue {@code c} was placed on. */
  public Chan chan(CmdId c) {
    return slot(c).chan;
  }

  /** Its index in the admin CVQ's available ring (0 on a VF's own CVQ). */
  public int ringIndex(CmdId c) {
    return slot(c).ringIndex;
  }

  /** The ack byte of {@code c}; {@link Ack#UNWRITTEN} until the device writes it. */
  public Ack ack(CmdId c) {
    Decoded<Ack> a = WireCodec.readAck(slot(c).bytes);
    if (a instanceof Decoded.Ok<Ack> ok) {
      return ok.value();
    }
    throw new IllegalStateException(c + ": " + ((Decoded.Err<Ack>) a).error().message());
  }

  /** The device writes the ack of {@code c}. */
  public void writeAck(CmdId c, Ack ack) {
    WireCodec.writeAck(slot(c).bytes, ack);
  }

  /** Whether {@code c} was submitted. */
  public boolean submitted(CmdId c) {
    return slots.containsKey(c);
  }

  private Slot slot(CmdId c) {
    Slot s = slots.get(c);
    if (s == null) {
      throw new IllegalArgumentException(c + " was not submitted");
    }
    return s;
  }

  /**
   * Every submitted request, decoded with {@code codec} (the spec's {@code req} and {@code ack}).
   *
   * @throws IllegalStateException if a buffer is malformed (no driver of this package writes one)
   */
  public ImmutableSortedMap<CmdId, Request> snapshot(WireCodec codec) {
    ImmutableSortedMap.Builder<CmdId, Request> b = ImmutableSortedMap.naturalOrder();
    slots.forEach((c, s) -> b.put(c, decode(codec, c, s)));
    return b.buildOrThrow();
  }

  private static Request decode(WireCodec codec, CmdId c, Slot s) {
    if (s.chan == Chan.ADMIN) {
      Decoded<AdminCtrl> d = codec.decodeAdmin(s.bytes);
      if (d instanceof Decoded.Ok<AdminCtrl> ok) {
        AdminCtrl a = ok.value();
        return new Request(
            a.virtualDeviceId(),
            Chan.ADMIN,
            a.command(),
            s.ringIndex,
            a.memberGeneration(),
            a.ctrl().ack());
      }
      throw malformed(c, s, ((Decoded.Err<AdminCtrl>) d).error().message());
    }
    Decoded<NetCtrl> d = WireCodec.decodeCtrl(s.bytes);
    if (d instanceof Decoded.Ok<NetCtrl> ok) {
      return new Request(
          s.vf, Chan.VF, ok.value().command(), 0, OptionalInt.empty(), ok.value().ack());
    }
    throw malformed(c, s, ((Decoded.Err<NetCtrl>) d).error().message());
  }

  private static IllegalStateException malformed(CmdId c, Slot s, String why) {
    return new IllegalStateException(c + " " + Arrays.toString(s.bytes) + ": " + why);
  }
}
