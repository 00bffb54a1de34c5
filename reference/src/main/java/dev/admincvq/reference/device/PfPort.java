package dev.admincvq.reference.device;

import com.google.common.collect.ImmutableList;
import dev.admincvq.reference.CmdId;
import dev.admincvq.reference.Options;
import dev.admincvq.reference.history.History;
import java.util.OptionalInt;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The PF's registers ({@link PfRegisters}) over the device's {@link Functions}. Each access takes
 * the device lock (reentrant: the writing driver already holds it for its whole step).
 */
final class PfPort implements PfRegisters {

  private final Options options;
  private final ReentrantLock lock;
  private final Condition changed;
  private final Functions functions;
  private final History history;

  PfPort(
      Options options,
      ReentrantLock lock,
      Condition changed,
      Functions functions,
      History history) {
    this.options = options;
    this.lock = lock;
    this.changed = changed;
    this.functions = functions;
    this.history = history;
  }

  @Override
  public int totalVfs() {
    return options.maxVfs();
  }

  @Override
  public boolean vfEnable() {
    lock.lock();
    try {
      return functions.vfEnable();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public int numVfs() {
    lock.lock();
    try {
      return functions.numVfs();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public OptionalInt memberGeneration(int v) {
    if (!options.wireGen()) {
      return OptionalInt.empty();
    }
    lock.lock();
    try {
      return OptionalInt.of(functions.genOf(v));
    } finally {
      lock.unlock();
    }
  }

  @Override
  public ImmutableList<CmdId> clearVfEnable() {
    lock.lock();
    try {
      if (!functions.vfEnable()) {
        throw new IllegalStateException("VF Enable is already clear");
      }
      ImmutableList<CmdId> flushed = functions.disable();
      flushed.forEach(history::completed);
      changed.signalAll();
      return flushed;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void setVfEnable(int n) {
    lock.lock();
    try {
      if (functions.vfEnable()) {
        throw new IllegalStateException("VF Enable is already set");
      }
      if (!options.isVf(n)) {
        throw new IllegalArgumentException("NumVFs " + n + " is not in 1.." + options.maxVfs());
      }
      functions.enable(n);
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }
}
