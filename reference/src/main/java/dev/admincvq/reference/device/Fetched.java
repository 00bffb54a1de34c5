package dev.admincvq.reference.device;

import com.google.errorprone.annotations.Immutable;
import dev.admincvq.reference.CmdId;
import dev.admincvq.reference.wire.AdminCtrl;
import dev.admincvq.reference.wire.Decoded;

/**
 * An admin command the device fetched and has not completed (an entry of {@code inflight}): its
 * buffer as the device decoded it at fetch, and the available index it was made available at.
 *
 * @param c the command
 * @param request the decoded request, or why its bytes are malformed
 * @param ringIndex its available-ring index
 */
@Immutable
record Fetched(CmdId c, Decoded<AdminCtrl> request, int ringIndex) {}
