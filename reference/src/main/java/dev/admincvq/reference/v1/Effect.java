package dev.admincvq.reference.v1;

import com.google.errorprone.annotations.Immutable;
import dev.admincvq.reference.v1.wire.Op;

/**
 * The spec's {@code EffectRec}: one change of a target's config by a command, kept as history.
 * It is what makes {@code NoStaleEffect} observable: {@code cmdInc} is the incarnation the
 * command was meant for, {@code onInc} the one it changed.
 *
 * @param cmd the command
 * @param op its operation
 * @param target the target changed
 * @param cmdInc the incarnation the command was submitted for
 * @param onInc the incarnation it changed
 * @param chan the queue it came on
 * @param trusted for the admin CVQ: whether the VF was trusted before the change (false for the
 *     PF); for a VF's own CVQ: {@code TrustedOwn(v)}
 */
@Immutable
public record Effect(
    CmdId cmd, Op op, int target, int cmdInc, int onInc, Chan chan, boolean trusted) {

  /** Whether this effect changed an incarnation other than the command's (a stale effect). */
  public boolean stale() {
    return onInc != cmdInc;
  }
}
