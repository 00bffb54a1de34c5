package dev.admincvq.reference.driver;

import dev.admincvq.reference.CmdId;
import dev.admincvq.reference.DriverSync;
import java.util.Optional;
import java.util.SortedSet;
import java.util.stream.Collectors;

/**
 * The management driver's rule sets ({@code DriverSync}): what each holds back, decided from the
 * driver's own bookkeeping and the used ring it reads, never from the device's state.
 *
 * @param sync the rule set
 */
record SyncRules(DriverSync sync) {

  /** {@code DriverSync = "rtnl" => drvOut = {}}: one admin command in flight at a time. */
  Optional<String> beforeSubmit(SortedSet<CmdId> unreaped) {
    return sync == DriverSync.RTNL && !unreaped.isEmpty()
        ? Optional.of(rule() + ids(unreaped) + " still in flight (drvOut # {})")
        : Optional.empty();
  }

  /**
   * The guard of {@code DriverSriovDisable} by rule set: {@code "virtio13"} and {@code
   * "virtio13Barrier"} no admin command to a VF outstanding (not used by the device), {@code
   * "drain"} none to a VF unreaped, {@code "rtnl"} none at all in flight.
   *
   * @param unreaped {@code drvOut}
   * @param unreapedToVfs {@code DriverOutTo(VF)}
   * @param outstandingToVfs {@code DriverOutstandingTo(VF)}: of those, not on the used ring
   */
  Optional<String> beforeDisable(
      SortedSet<CmdId> unreaped,
      SortedSet<CmdId> unreapedToVfs,
      SortedSet<CmdId> outstandingToVfs) {
    return switch (sync) {
      case VIRTIO13, VIRTIO13_BARRIER ->
          unless(outstandingToVfs, " to a VF outstanding (not used by the device)");
      case DRAIN -> unless(unreapedToVfs, " to a VF not reaped (DriverOutTo(VF) # {})");
      case RTNL -> unless(unreaped, " in flight (drvOut # {})");
      case NONE, WAIT_FAIL, BARRIER -> Optional.empty();
    };
  }

  /**
   * The guard of {@code DriverSriovEnable(n)} by rule set: {@code "waitFail"} no admin command to a
   * VF unreaped, {@code "rtnl"} none at all in flight.
   */
  Optional<String> beforeEnable(SortedSet<CmdId> unreaped, SortedSet<CmdId> unreapedToVfs) {
    return switch (sync) {
      case WAIT_FAIL -> unless(unreapedToVfs, " to a VF not reaped (DriverOutTo(VF) # {})");
      case RTNL -> unless(unreaped, " in flight (drvOut # {})");
      case NONE, VIRTIO13, DRAIN, BARRIER, VIRTIO13_BARRIER -> Optional.empty();
    };
  }

  /**
   * Whether the driver ignores the completions of commands older than a destroy it knows of ({@code
   * "barrier"}, {@code "virtio13Barrier"}).
   */
  boolean barrier() {
    return sync == DriverSync.BARRIER || sync == DriverSync.VIRTIO13_BARRIER;
  }

  private Optional<String> unless(SortedSet<CmdId> blocking, String what) {
    return blocking.isEmpty() ? Optional.empty() : Optional.of(rule() + ids(blocking) + what);
  }

  private String rule() {
    return "DriverSync = \"" + sync.specName() + "\": ";
  }

  private static String ids(SortedSet<CmdId> cmds) {
    return cmds.stream().map(CmdId::toString).collect(Collectors.joining(", ", "{", "}"));
  }
}
