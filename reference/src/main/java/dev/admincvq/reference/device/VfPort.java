package dev.admincvq.reference.device;

import com.google.common.collect.ImmutableList;
import dev.admincvq.reference.CmdId;
import dev.admincvq.reference.VfState;
import dev.admincvq.reference.history.History;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One VF function ({@link VfFunction}) over the device's {@link Functions}. Each access takes the
 * device lock (reentrant: the VF's driver already holds it for its whole step).
 */
final class VfPort implements VfFunction {

  private final int vf;
  private final ReentrantLock lock;
  private final Condition changed;
  private final Functions functions;
  private final History history;

  VfPort(int vf, ReentrantLock lock, Condition changed, Functions functions, History history) {
    this.vf = vf;
    this.lock = lock;
    this.changed = changed;
    this.functions = functions;
    this.history = history;
  }

  @Override
  public int vf() {
    return vf;
  }

  @Override
  public VfState deviceStatus() {
    lock.lock();
    try {
      return functions.state(vf);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public ImmutableList<CmdId> reset() {
    lock.lock();
    try {
      if (functions.state(vf) == VfState.ABSENT) {
        throw new IllegalStateException("no VF function " + vf);
      }
      ImmutableList<CmdId> flushed = functions.deviceResetsVf(vf);
      flushed.forEach(history::completed);
      changed.signalAll();
      return flushed;
    } finally {
      lock.unlock();
    }
  }
}
