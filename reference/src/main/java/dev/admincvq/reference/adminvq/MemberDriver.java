package dev.admincvq.reference.adminvq;

import dev.admincvq.reference.trace.TraceSink;
import java.util.Optional;

/**
 * The driver of member {@code n} (a VF's driver, often in a guest): it resets its member or has it
 * function-level reset whenever it chooses; nothing of the owner driver's state gates it.
 */
public final class MemberDriver {
  private final int n;
  private final AvqDevice device;
  private final TraceSink trace;

  MemberDriver(int n, AvqDevice device, TraceSink trace) {
    this.n = n;
    this.device = device;
    this.trace = trace;
  }

  /** Implements {@code AdminVq!MemberDriverReset(n)}: writes its device status 0. */
  public Optional<AvqRefusal> memberDriverReset() {
    return begin(AvqAction.MEMBER_DRIVER_RESET, MemberReset.RESET);
  }

  /** Implements {@code AdminVq!MemberDriverFlr(n)}: has its function FLRed. */
  public Optional<AvqRefusal> memberDriverFlr() {
    return begin(AvqAction.MEMBER_DRIVER_FLR, MemberReset.FLR);
  }

  private Optional<AvqRefusal> begin(AvqAction action, MemberReset kind) {
    if (!device.memberExists(n) || device.memberReset().get(n) != MemberReset.NONE) {
      return Optional.of(new AvqRefusal(action, "member " + n + " does not exist or is resetting"));
    }
    device.memberResetBegins(n, kind);
    AvqTrace.emit(trace, action, e -> e.put("n", n));
    return Optional.empty();
  }
}
