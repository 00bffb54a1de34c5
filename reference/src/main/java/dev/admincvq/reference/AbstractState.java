package dev.admincvq.reference;

import com.google.errorprone.annotations.Immutable;
import dev.admincvq.reference.device.DeviceVars;
import dev.admincvq.reference.driver.DriverVars;
import dev.admincvq.reference.history.HistoryVars;
import dev.admincvq.reference.shared.Request;
import dev.admincvq.reference.shared.SharedVars;
import dev.admincvq.reference.wire.Ack;
import dev.admincvq.reference.wire.Mac;
import java.util.Optional;

/**
 * A snapshot of the whole state, taken atomically between two steps, in the spec's four groups of
 * variables: the device's, shared memory, the management driver's, the history. Each component says
 * how its Java values stand for the spec's (a command with no buffer is {@code NotSubmitted}, a
 * target with no last set-MAC is {@code NoCmd}, MACs map to the spec's integers by {@link
 * Mac#specValue()}).
 *
 * @param device {@code deviceVars} and {@code inflight}
 * @param shared {@code sharedVars} but {@code inflight}
 * @param driver {@code driverVars}
 * @param history {@code historyVars}
 */
@Immutable
public record AbstractState(
    DeviceVars device, SharedVars shared, DriverVars driver, HistoryVars history) {

  /** {@code MaxVFs}. */
  public int maxVfs() {
    return device.vfState().size();
  }

  /** {@code req[c]}, empty for {@code NotSubmitted}. */
  public Optional<Request> req(CmdId c) {
    return Optional.ofNullable(shared.req().get(c));
  }

  /** {@code ack[c]}: {@link Ack#UNWRITTEN} ({@code "none"}) for a command not submitted. */
  public Ack ack(CmdId c) {
    return req(c).map(Request::ack).orElse(Ack.UNWRITTEN);
  }

  /** {@code Exists(t)}. */
  public boolean exists(int t) {
    return t == 0 || device.vfState().get(t) != VfState.ABSENT;
  }

  /** {@code provMac[t]}. */
  public Mac provMac(int t) {
    Mac m = device.provMac().get(t);
    if (m == null) {
      throw new IllegalArgumentException("no target " + t);
    }
    return m;
  }

  /** {@code drvMac[t]}. */
  public Mac drvMac(int t) {
    Mac m = driver.drvMac().get(t);
    if (m == null) {
      throw new IllegalArgumentException("no target " + t);
    }
    return m;
  }

  /** {@code drvLast[t]}, empty for {@code NoCmd}. */
  public Optional<CmdId> drvLast(int t) {
    return Optional.ofNullable(driver.drvLast().get(t));
  }
}
