package dev.admincvq.reference.v1;

import com.google.errorprone.annotations.Immutable;

/**
 * What the driver learns when it collects a command ({@code DriverCollect(c)}).
 *
 * @param cmd the command
 * @param status its ack, {@link Status#OK} or {@link Status#ERR}
 * @param ignored it is pre-barrier: the driver does not act on it
 */
@Immutable
public record Completion(CmdId cmd, Status status, boolean ignored) {}
