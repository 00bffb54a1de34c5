package dev.admincvq.reference.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.admincvq.reference.v1.wire.CtrlCommand;
import dev.admincvq.reference.v1.wire.Mac;
import dev.admincvq.reference.v1.wire.Op;
import dev.admincvq.reference.v1.wire.RxFlag;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** The shared value types: their checks, their spec names and their derived fields. */
class ValuesTest {

  private static final Mac MAC1 = Mac.fromSpec(1);

  @Test
  void commandIdsStartAt1AreOrderedByValueAndPrintAsCn() {
    assertThrows(IllegalArgumentException.class, () -> new CmdId(0));
    assertEquals(1, new CmdId(1).value());
    assertEquals("c7", new CmdId(7).toString());
    qt().forAll(Generate.range(1, 1000), Generate.range(1, 1000))
        .checkAssert(
            (a, b) ->
                assertEquals(
                    Integer.signum(Integer.compare(a, b)),
                    Integer.signum(new CmdId(a).compareTo(new CmdId(b)))));
  }

  @Test
  void settingsNeedAVfAndKnowTheirVfsAndTargets() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Settings(0, DriverSync.DRAIN, DeviceCheck.INCARNATION, true));
    Settings s = new Settings(3, DriverSync.NONE, DeviceCheck.NONE, false);
    assertEquals(List.of(false, true, true, true, false), List.of(s.isVf(0), s.isVf(1), s.isVf(2), s.isVf(3), s.isVf(4)));
    assertEquals(
        List.of(false, true, true, false),
        List.of(s.isTarget(-1), s.isTarget(0), s.isTarget(3), s.isTarget(4)));
  }

  @Test
  void theSafeDesignsAreIncarnationCheckInOrderWithDrainOrBarrier() {
    assertEquals(
        new Settings(2, DriverSync.DRAIN, DeviceCheck.INCARNATION, true),
        Settings.safe(2, DriverSync.DRAIN));
    assertEquals(
        new Settings(1, DriverSync.BARRIER, DeviceCheck.INCARNATION, true),
        Settings.safe(1, DriverSync.BARRIER));
    assertThrows(IllegalArgumentException.class, () -> Settings.safe(1, DriverSync.NONE));
  }

  @Test
  void enumsCarryTheSpecsStrings() {
    assertEquals(List.of("none", "drain", "barrier"), names(DriverSync.values(), DriverSync::specName));
    assertEquals(
        List.of("none", "vfEnable", "incarnation"), names(DeviceCheck.values(), DeviceCheck::specName));
    assertEquals(List.of("admin", "vf"), names(Chan.values(), Chan::specName));
    assertEquals(List.of("absent", "live", "needsReset"), names(VfState.values(), VfState::specName));
    assertEquals(List.of("queued", "fetched", "OK", "ERR"), names(Status.values(), Status::specName));
    assertEquals(
        List.of(
            "DriverSubmitAdmin", "DriverSubmitVf", "DeviceFetch", "DeviceProcess", "DeviceProcessVf",
            "DriverCollect", "SriovDisable", "SriovEnable", "VfNeedsReset", "DriverResetVf"),
        names(SpecAction.values(), SpecAction::specName));
  }

  private static <E> List<String> names(E[] values, java.util.function.Function<E, String> name) {
    return Arrays.stream(values).map(name).toList();
  }

  @Test
  void onlyOkAndErrAreCompleted() {
    assertEquals(
        List.of(false, false, true, true),
        Arrays.stream(Status.values()).map(Status::completed).toList());
  }

  @Test
  void refusalNamesTheActionAndTheFalseConjunct() {
    Refusal r = new Refusal(SpecAction.DEVICE_FETCH, "c1 is not in adminQ");
    assertEquals("DeviceFetch not enabled: c1 is not in adminQ", r.toString());
    Outcome<Integer> refused = Outcome.refused(SpecAction.DEVICE_FETCH, "c1 is not in adminQ");
    assertEquals(new Outcome.Refused<Integer>(r), refused);
    assertFalse(refused.taken());
    assertEquals(Optional.empty(), refused.value());
    Outcome<Integer> done = new Outcome.Done<>(3);
    assertTrue(done.taken());
    assertEquals(Optional.of(3), done.value());
  }

  @Test
  void anEffectIsStaleExactlyWhenItChangedAnotherIncarnation() {
    qt().forAll(Generate.range(0, 4), Generate.range(0, 4))
        .checkAssert(
            (cmdInc, onInc) ->
                assertEquals(
                    !cmdInc.equals(onInc),
                    new Effect(new CmdId(1), Op.SET_MAC, 1, cmdInc, onInc, Chan.ADMIN, false).stale()));
  }

  @Test
  void commandRecordsExposeTheirSubmissionAndArePendingUntilSeen() {
    Submission s = new Submission(2, 3, Chan.VF, new CtrlCommand.SetMac(MAC1));
    assertEquals(Op.SET_MAC, s.op());
    CmdRecord unseen = new CmdRecord(s, Status.QUEUED, false, false, false);
    assertEquals(2, unseen.target());
    assertEquals(Chan.VF, unseen.chan());
    assertTrue(unseen.pending());
    assertFalse(new CmdRecord(s, Status.OK, true, false, false).pending());
    DeviceCmd d = new DeviceCmd(s, Status.FETCHED, true);
    assertEquals(new DeviceCmd(s, Status.ERR, true), d.withStatus(Status.ERR));
  }

  @Test
  void targetConfigChangesOnlyWhatTheCommandSets() {
    TargetConfig c = new TargetConfig(MAC1, false, true);
    assertEquals(new TargetConfig(Mac.fromSpec(2), false, true), c.after(new CtrlCommand.SetMac(Mac.fromSpec(2))));
    assertEquals(new TargetConfig(MAC1, true, true), c.after(new CtrlCommand.SetRxMode(RxFlag.PROMISC, true)));
    assertEquals(new TargetConfig(MAC1, false, false), c.after(new CtrlCommand.SetRxMode(RxFlag.ALLMULTI, false)));
    assertEquals(c, c.after(new CtrlCommand.SetTrust(true)));
    assertEquals(new TargetConfig(Mac.DEFAULT, false, false), TargetConfig.DEFAULT);
  }
}
