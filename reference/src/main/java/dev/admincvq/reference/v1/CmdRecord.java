package dev.admincvq.reference.v1;

import com.google.errorprone.annotations.Immutable;

/**
 * The spec's {@code CmdRec}: one submitted command as the whole system knows it, the device's
 * part ({@link DeviceCmd}) and the driver's ({@code seen}, {@code preBarrier}).
 *
 * @param submission {@code target, inc, chan, op, arg}
 * @param status {@code status}
 * @param seen {@code seen}: the driver collected the completion
 * @param preBarrier {@code preBarrier}: a barrier was raised after it; the driver ignores it
 * @param gone {@code gone}: its incarnation was gone when the device processed it
 */
@Immutable
public record CmdRecord(
    Submission submission, Status status, boolean seen, boolean preBarrier, boolean gone) {

  /** The spec's {@code target}. */
  public int target() {
    return submission.target();
  }

  /** The spec's {@code chan}. */
  public Chan chan() {
    return submission.chan();
  }

  /** {@code Pending(c)}: the driver still waits for it. */
  public boolean pending() {
    return !seen;
  }
}
