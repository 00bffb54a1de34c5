package dev.admincvq.reference;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.admincvq.reference.wire.Ack;
import dev.admincvq.reference.wire.Command;
import dev.admincvq.reference.wire.Mac;
import org.checkerframework.checker.nullness.qual.NonNull;

/** Shorthands for driving a {@link Machine} step by step in tests. */
final class Steps {
  static final int PF = 0;
  static final int VF1 = 1;
  static final Mac MAC1 = Mac.fromSpec(1);
  static final Mac MAC2 = Mac.fromSpec(2);

  private Steps() {}

  static <T extends @NonNull Object> T done(Outcome<T> o) {
    assertInstanceOf(Outcome.Done.class, o, o::toString);
    return o.value().orElseThrow();
  }

  static Refusal refused(Outcome<?> o) {
    return assertInstanceOf(Outcome.Refused.class, o, o::toString).refusal();
  }

  static Command setMac(Mac m) {
    return new Command.SetMac(m);
  }

  /** The management driver submits set-MAC {@code m} to {@code t}. */
  static CmdId submit(Machine m, int t, Mac mac) {
    return done(m.driver().driverSubmitAdmin(t, setMac(mac)));
  }

  /** The device fetches and processes {@code c}, returning the ack it wrote. */
  static Ack fetchAndProcess(Machine m, CmdId c) {
    done(m.device().deviceFetch(c));
    return done(m.device().deviceProcess(c));
  }

  /** The invariants violated now, by name. */
  static java.util.Set<String> violated(Machine m) {
    return Invariants.check(m.snapshot()).stream()
        .map(v -> v.invariant().specName())
        .collect(java.util.stream.Collectors.toSet());
  }
}
