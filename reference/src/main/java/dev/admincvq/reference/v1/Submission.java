package dev.admincvq.reference.v1;

import com.google.errorprone.annotations.Immutable;
import dev.admincvq.reference.v1.wire.CtrlCommand;
import dev.admincvq.reference.v1.wire.Op;

/**
 * What was submitted, and for which incarnation: the fields of the spec's {@code CmdRec} fixed at
 * submission. "A command belongs to the incarnation that existed when it was submitted"; the
 * device stamps {@code inc} when the buffer becomes available.
 *
 * @param target {@code virtual_device_id}: 0 the PF, else a VF
 * @param inc the target's incarnation at submission ({@code IncOf(t)}: always 0 for the PF)
 * @param chan the queue it travels on
 * @param command class, command and data
 */
@Immutable
public record Submission(int target, int inc, Chan chan, CtrlCommand command) {

  /** The spec's {@code op}. */
  public Op op() {
    return command.op();
  }
}
