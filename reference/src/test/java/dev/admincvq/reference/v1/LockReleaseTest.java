package dev.admincvq.reference.v1;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.admincvq.reference.v1.device.Device;
import dev.admincvq.reference.v1.driver.Driver;
import dev.admincvq.reference.v1.wire.Ack;
import dev.admincvq.reference.v1.wire.AdminCtrl;
import dev.admincvq.reference.v1.wire.CtrlCommand;
import dev.admincvq.reference.v1.wire.Mac;
import dev.admincvq.reference.v1.wire.NetCtrl;
import dev.admincvq.reference.v1.wire.WireCodec;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every public entry point of the device and the driver gives the machine lock back, on every
 * path: each call runs on a thread of its own that then ends, and another thread must still get
 * the lock (a lock kept by a thread that ended is never released, so that thread would wait
 * forever). Single-threaded tests cannot see this: the lock is reentrant.
 */
class LockReleaseTest {

  private static final CtrlCommand SET_MAC = new CtrlCommand.SetMac(Mac.fromSpec(1));

  @FunctionalInterface
  private interface Call {
    void run() throws Exception;
  }

  /** Runs {@code call} on a new thread to its end. */
  private static void onItsOwnThread(Call call) throws Exception {
    FutureTask<Boolean> task =
        new FutureTask<>(
            () -> {
              call.run();
              return true;
            });
    Thread t = new Thread(task, "caller");
    t.start();
    assertTrue(task.get(60, TimeUnit.SECONDS));
    t.join();
  }

  /** Runs each call on its own thread, then takes the lock from yet another thread. */
  private static void eachReleasesTheLock(Machine m, ImmutableList<Call> calls) throws Exception {
    for (Call call : calls) {
      onItsOwnThread(call);
      onItsOwnThread(m::snapshot);
    }
  }

  @Test
  @Timeout(300)
  void everyDeviceEntryPointReleasesTheMachineLock() throws Exception {
    Machine m = new Machine(new Settings(2, DriverSync.NONE, DeviceCheck.NONE, true));
    Device d = m.device();
    CmdId a = new CmdId(1);
    CmdId v = new CmdId(2);
    byte[] admin = new WireCodec(2).encode(AdminCtrl.of(1, SET_MAC, Ack.UNWRITTEN));
    byte[] own = WireCodec.encode(new NetCtrl(SET_MAC, Ack.UNWRITTEN));
    eachReleasesTheLock(
        m,
        ImmutableList.of(
            () -> d.whyNotPlaceAdmin(1, SET_MAC),
            () -> d.placeAdmin(a, admin),
            () -> d.placeAdmin(a, admin), // refused: used id
            () -> d.whyNotPlaceVf(1, SET_MAC),
            () -> d.placeVf(v, 1, own),
            () -> d.canFetch(a),
            () -> d.fetch(a),
            () -> d.canProcess(a),
            () -> d.process(a),
            () -> d.canProcessVf(1),
            () -> d.processVf(1),
            () -> d.step(new SplittableRandom(1)),
            () -> d.awaitWork(Duration.ZERO),
            () -> d.awaitCompleted(a, Duration.ZERO),
            () -> d.signalChange(),
            () -> d.vfEnable(),
            () -> d.vfState(1),
            () -> d.command(a),
            () -> d.status(a),
            () -> d.incarnation(1),
            () -> d.view(),
            () -> d.canNeedReset(2),
            () -> d.needReset(2),
            () -> d.resetVf(2),
            () -> d.disableSriov(),
            () -> d.enableSriov()));
  }

  @Test
  @Timeout(300)
  void everyDriverEntryPointReleasesTheMachineLock() throws Exception {
    Machine m = new Machine(new Settings(2, DriverSync.BARRIER, DeviceCheck.INCARNATION, true));
    Driver r = m.driver();
    CmdId a = new CmdId(1);
    eachReleasesTheLock(
        m,
        ImmutableList.of(
            () -> r.nextCmdId(),
            () -> r.canSubmitAdmin(1, SET_MAC),
            () -> r.submitAdmin(1, SET_MAC),
            () -> r.canSubmitVf(1, SET_MAC),
            () -> r.submitVf(1, SET_MAC),
            () -> r.canCollect(a),
            () -> r.collect(a), // refused: not completed
            () -> m.device().fetch(a),
            () -> m.device().process(a),
            () -> r.collect(a),
            () -> r.reap(a, Duration.ZERO),
            () -> m.device().processVf(1),
            () -> r.reap(new CmdId(2), Duration.ZERO),
            () -> r.canSriovDisable(),
            () -> r.sriovDisable(),
            () -> r.canSriovEnable(),
            () -> r.sriovEnable(),
            () -> m.device().needReset(1),
            () -> r.canResetVf(1),
            () -> r.resetVf(1),
            () -> r.snapshot()));
  }
}
