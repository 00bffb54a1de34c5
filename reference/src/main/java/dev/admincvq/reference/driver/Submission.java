package dev.admincvq.reference.driver;

import com.google.errorprone.annotations.Immutable;
import dev.admincvq.reference.wire.Command;

/**
 * What the management driver remembers of an admin command it submitted and has not reaped: its own
 * bookkeeping, so that it never reads another actor's state to act on a completion.
 *
 * @param target the {@code virtual_device_id} it sent
 * @param command the command it sent
 * @param memberGeneration the {@code member_generation} it stamped (0 where the wire has no such
 *     field, and for the PF)
 */
@Immutable
record Submission(int target, Command command, int memberGeneration) {}
