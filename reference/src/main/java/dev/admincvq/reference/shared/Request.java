package dev.admincvq.reference.shared;

import com.google.errorprone.annotations.Immutable;
import dev.admincvq.reference.Chan;
import dev.admincvq.reference.wire.Ack;
import dev.admincvq.reference.wire.Command;
import java.util.OptionalInt;

/**
 * One submitted request as its buffer reads now: the spec's {@code req[c]} and {@code ack[c]}.
 *
 * @param target {@code target}: the admin buffer's {@code virtual_device_id}, or the VF whose own
 *     CVQ it is on
 * @param chan {@code chan}
 * @param command {@code op} and {@code arg}
 * @param ringIndex its index in the admin CVQ's available ring, the available index it was made
 *     available at (the spec's {@code pos}, which the spec keeps under {@code "availFence"} only);
 *     0 on a VF's own CVQ
 * @param memberGeneration the proposal's field (the spec's {@code wgen}), if the format has it
 * @param ack the ack byte
 */
@Immutable
public record Request(
    int target, Chan chan, Command command, int ringIndex, OptionalInt memberGeneration, Ack ack) {}
