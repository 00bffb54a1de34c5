package dev.admincvq.reference;

import static dev.admincvq.reference.Steps.MAC1;
import static dev.admincvq.reference.Steps.MAC2;
import static dev.admincvq.reference.Steps.PF;
import static dev.admincvq.reference.Steps.VF1;
import static dev.admincvq.reference.Steps.done;
import static dev.admincvq.reference.Steps.refused;
import static dev.admincvq.reference.Steps.setMac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.reference.driver.Completion;
import dev.admincvq.reference.wire.Ack;
import java.time.Duration;
import java.util.Date;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The device lock's discipline ({@link Machine}, "The lock"): every step of every actor, and every
 * query, leaves the lock free; every step, and every register write that changes what an actor may
 * do, signals the change, so that a thread waiting for it ({@link
 * dev.admincvq.reference.device.Device#awaitWork}, {@link
 * dev.admincvq.reference.driver.ManagementDriver#awaitCompletion}) wakes. One thread takes every
 * step, on a machine whose lock and condition the test watches, so nothing depends on scheduling;
 * two tests then have a second thread wait and show that the step wakes it.
 */
class LockDisciplineTest {
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final long WOKEN_WITHIN_SECONDS = 20;

  private final ReentrantLock lock = new ReentrantLock(true);
  private final CountedCondition changed = new CountedCondition(lock.newCondition());

  /** A VF reset re-creates the VF, so the management driver is notified (late) of it. */
  private final Machine m =
      new Machine(
          Options.of(1, DriverSync.BARRIER, DeviceCheck.WIRE_GEN).withVfResetKeepsConfig(false),
          lock,
          changed);

  private final ExecutorService waiter = Executors.newSingleThreadExecutor();

  @AfterEach
  void stopTheWaiter() {
    waiter.shutdownNow();
  }

  /** {@code query} leaves the device lock free. */
  private <T> T released(String query, Supplier<T> call) {
    T result = call.get();
    assertFalse(lock.isLocked(), query + " left the device lock held");
    return result;
  }

  /** {@code step} leaves the device lock free and signals the change. */
  private <T> T releasedAndSignalled(String step, Supplier<T> call) {
    int before = changed.signals();
    T result = released(step, call);
    assertTrue(changed.signals() > before, step + " signalled no change");
    return result;
  }

  @Test
  void everyStepOfEveryActorReleasesTheDeviceLockAndSignalsTheChange() {
    CmdId c =
        done(
            releasedAndSignalled(
                "DriverSubmitAdmin", () -> m.driver().driverSubmitAdmin(PF, setMac(MAC1))));
    done(releasedAndSignalled("DeviceFetch", () -> m.device().deviceFetch(c)));
    assertEquals(
        Ack.OK, done(releasedAndSignalled("DeviceProcess", () -> m.device().deviceProcess(c))));
    assertEquals(
        c, done(releasedAndSignalled("DriverCollect", () -> m.driver().driverCollect())).c());

    done(releasedAndSignalled("VfDriverSubmit", () -> m.vfDriver(VF1).vfDriverSubmit(MAC2)));
    done(releasedAndSignalled("DeviceProcessVf", () -> m.device().deviceProcessVf(VF1)));
    done(releasedAndSignalled("DeviceVfNeedsReset", () -> m.device().deviceVfNeedsReset(VF1)));
    done(releasedAndSignalled("VfDriverReset", () -> m.vfDriver(VF1).vfDriverReset()));
    int g = released("pendingNotices", () -> m.driver().pendingNotices(VF1)).first();
    done(releasedAndSignalled("DriverLearnVfReset", () -> m.driver().driverLearnVfReset(VF1, g)));

    done(releasedAndSignalled("DriverSriovDisable", () -> m.driver().driverSriovDisable()));
    done(releasedAndSignalled("DriverSriovEnable", () -> m.driver().driverSriovEnable(1)));
  }

  @Test
  void everyRegisterWriteReleasesTheDeviceLockAndSignalsTheChange() {
    releasedAndSignalled("a VF's reset", () -> m.device().vf(VF1).reset());
    releasedAndSignalled("VF Enable cleared", () -> m.device().pf().clearVfEnable());
    releasedAndSignalled(
        "VF Enable set",
        () -> {
          m.device().pf().setVfEnable(1);
          return true;
        });
  }

  @Test
  void everyQueryReleasesTheDeviceLock() throws InterruptedException {
    CmdId c = done(m.driver().driverSubmitAdmin(PF, setMac(MAC1)));
    released("whyNotSubmitAdmin", () -> m.driver().whyNotSubmitAdmin(PF, setMac(MAC1)));
    released("whyNotSriovDisable", () -> m.driver().whyNotSriovDisable());
    released("whyNotSriovEnable", () -> m.driver().whyNotSriovEnable(1));
    released("nextCmdId", () -> m.driver().nextCmdId());
    released("the driver's snapshot", () -> m.driver().snapshot());
    released("the device's snapshot", () -> m.device().snapshot());
    released("the machine's snapshot", m::snapshot);
    released("canFetch", () -> m.device().canFetch(c));
    released("canProcess", () -> m.device().canProcess(c));
    released("canProcessVf", () -> m.device().canProcessVf(VF1));
    released("canNeedReset", () -> m.device().canNeedReset(VF1));
    released("operationalMac", () -> m.device().operationalMac(VF1));
    released("NumVFs", () -> m.device().pf().numVfs());
    released("VF Enable", () -> m.device().pf().vfEnable());
    released("a member's generation", () -> m.device().pf().memberGeneration(VF1));
    released("a VF's device status", () -> m.device().vf(VF1).deviceStatus());
    released(
        "awaitCompletion of a command not yet completed",
        () -> refused(interruptible(() -> m.driver().awaitCompletion(c, Duration.ZERO))));
    assertTrue(m.device().awaitWork(Duration.ZERO));
    assertFalse(lock.isLocked(), "awaitWork left the device lock held");
    released("a device step", () -> m.device().step(new Random(1)));
    released("a VF driver's step", () -> m.vfDriver(VF1).act(new Random(1), 0.0));
  }

  @Test
  void aDriverWaitingForItsCommandIsWokenWhenTheDeviceCompletesIt() throws Exception {
    CmdId c = done(m.driver().driverSubmitAdmin(PF, setMac(MAC1)));
    Future<Outcome<Completion>> waiting = waiter.submit(() -> m.driver().awaitCompletion(c, WAIT));
    awaitParked();
    done(m.device().deviceFetch(c));
    done(m.device().deviceProcess(c));
    Completion reaped = done(waiting.get(WOKEN_WITHIN_SECONDS, TimeUnit.SECONDS));
    assertEquals(new Completion(c, Ack.OK, false), reaped);
    assertFalse(lock.isLocked(), "awaitCompletion left the device lock held");
  }

  @Test
  void theDeviceWaitingForWorkIsWokenByASubmission() throws Exception {
    Future<Boolean> waiting = waiter.submit(() -> m.device().awaitWork(WAIT));
    awaitParked();
    done(m.driver().driverSubmitAdmin(PF, setMac(MAC1)));
    assertTrue(waiting.get(WOKEN_WITHIN_SECONDS, TimeUnit.SECONDS), "work was submitted");
    assertFalse(lock.isLocked(), "awaitWork left the device lock held");
  }

  @Test
  void aWaitingDriverIsToldWhenItsCommandIsNotItsOwnOrNeverCompletes() throws Exception {
    CmdId c = done(m.driver().driverSubmitAdmin(PF, setMac(MAC1)));
    refused(m.driver().awaitCompletion(new CmdId(c.value() + 1), WAIT));
    refused(m.driver().awaitCompletion(c, Duration.ofMillis(20)));
    assertFalse(lock.isLocked(), "awaitCompletion left the device lock held");
  }

  /** Waits until the waiter thread is parked on the condition (hasWaiters needs the lock). */
  private void awaitParked() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WOKEN_WITHIN_SECONDS);
    while (System.nanoTime() < deadline) {
      lock.lock();
      try {
        if (lock.hasWaiters(changed.inner)) {
          return;
        }
      } finally {
        lock.unlock();
      }
      Thread.sleep(1);
    }
    throw new AssertionError("the waiting thread never waited");
  }

  private interface Interruptible<T> {
    T call() throws InterruptedException;
  }

  private static <T> T interruptible(Interruptible<T> call) {
    try {
      return call.call();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /**
   * A condition of the device lock that counts the signals given through it. Its waits delegate;
   * the loop around a wait is its caller's.
   */
  @SuppressWarnings("WaitNotInLoop")
  private static final class CountedCondition implements Condition {
    final Condition inner;
    private final AtomicInteger signals = new AtomicInteger();

    CountedCondition(Condition inner) {
      this.inner = inner;
    }

    int signals() {
      return signals.get();
    }

    @Override
    public void signal() {
      signals.incrementAndGet();
      inner.signal();
    }

    @Override
    public void signalAll() {
      signals.incrementAndGet();
      inner.signalAll();
    }

    @Override
    public void await() throws InterruptedException {
      inner.await();
    }

    @Override
    public void awaitUninterruptibly() {
      inner.awaitUninterruptibly();
    }

    @Override
    public long awaitNanos(long nanosTimeout) throws InterruptedException {
      return inner.awaitNanos(nanosTimeout);
    }

    @Override
    public boolean await(long time, TimeUnit unit) throws InterruptedException {
      return inner.await(time, unit);
    }

    @Override
    public boolean awaitUntil(Date deadline) throws InterruptedException {
      return inner.awaitUntil(deadline);
    }
  }
}
