package dev.admincvq.reference.driver;

import com.google.errorprone.annotations.Immutable;
import dev.admincvq.reference.CmdId;
import dev.admincvq.reference.wire.Ack;

/**
 * What the management driver learnt when it reaped a command ({@code DriverCollect}).
 *
 * @param c the command
 * @param ack its ack, {@link Ack#OK} or {@link Ack#ERR}
 * @param ignored it was submitted before a destroy the driver knew of ({@code "barrier"}): the
 *     driver did not act on it
 */
@Immutable
public record Completion(CmdId c, Ack ack, boolean ignored) {}
