package dev.admincvq.reference.adminvq;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The memory the owner driver and the device share ({@code sharedVars}): for each command identity
 * the bytes of its device-readable part ({@code req}) and of its device-writable part once the
 * device wrote it ({@code res}), each administration virtqueue's available buffers the device has
 * not consumed ({@code aq}), and the used buffers the driver has not taken back ({@code done}).
 * Also the queue each buffer was placed on (the descriptor's queue, part of {@code req}).
 */
public final class AdminQueues {
  private final Map<Integer, byte[]> request = new TreeMap<>();
  private final Map<Integer, Integer> queueOf = new TreeMap<>();
  private final List<List<Integer>> avail = new ArrayList<>();
  private final Map<Integer, byte[]> result = new TreeMap<>();
  private final Set<Integer> used = new TreeSet<>();

  /** Empty queues {@code 1..numAq}. */
  AdminQueues(int numAq) {
    for (int q = 0; q < numAq; q++) {
      avail.add(new ArrayList<>());
    }
  }

  /** The driver places command {@code c}'s device-readable bytes on queue {@code q}. */
  void place(int c, int q, byte[] bytes) {
    request.put(c, bytes.clone());
    queueOf.put(c, q);
    avail.get(q - 1).add(c);
  }

  /** The device consumes {@code c} from queue {@code q}. */
  void consume(int q, int c) {
    avail.get(q - 1).remove(Integer.valueOf(c));
  }

  /** The device writes {@code c}'s result and uses its buffer. */
  void complete(int c, byte[] bytes) {
    result.put(c, bytes.clone());
    used.add(c);
  }

  /** The driver takes {@code c}'s used buffer back. */
  void takeBack(int c) {
    used.remove(c);
  }

  /** An owner reset: every available and used buffer is dropped. */
  void dropAll() {
    avail.forEach(List::clear);
    used.clear();
  }

  /** The number of administration virtqueues. */
  public int numAq() {
    return avail.size();
  }

  /** Queue {@code q}'s available buffers, in queue order. */
  public List<Integer> avail(int q) {
    return List.copyOf(avail.get(q - 1));
  }

  /** {@code c}'s device-readable bytes, if the driver submitted it. */
  public Optional<byte[]> request(int c) {
    byte[] b = request.get(c);
    return b == null ? Optional.empty() : Optional.of(b.clone());
  }

  /** The queue {@code c} was placed on, if it was submitted. */
  public OptionalInt queueOf(int c) {
    Integer q = queueOf.get(c);
    return q == null ? OptionalInt.empty() : OptionalInt.of(q);
  }

  /** {@code c}'s device-writable bytes, if the device wrote them. */
  public Optional<byte[]> result(int c) {
    byte[] b = result.get(c);
    return b == null ? Optional.empty() : Optional.of(b.clone());
  }

  /** The used buffers the driver has not taken back ({@code done}). */
  public Set<Integer> used() {
    return Set.copyOf(used);
  }
}
