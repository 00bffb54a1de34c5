package dev.admincvq.reference.v1;

import com.google.errorprone.annotations.Immutable;

/**
 * The device's record of one submitted command: what was submitted, the ack, and (history, for
 * {@code FailOnGone}) whether its incarnation was gone when the device processed it.
 *
 * @param submission what was submitted, for which incarnation
 * @param status queued, fetched, or the ack
 * @param gone the spec's {@code gone}
 */
@Immutable
public record DeviceCmd(Submission submission, Status status, boolean gone) {

  /** The same command with a new status. */
  public DeviceCmd withStatus(Status s) {
    return new DeviceCmd(submission, s, gone);
  }
}
