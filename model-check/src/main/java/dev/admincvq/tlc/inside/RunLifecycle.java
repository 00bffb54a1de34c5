package dev.admincvq.tlc.inside;

import dev.admincvq.tlc.answer.RunAnswer;
import dev.admincvq.tlc.answer.RunInput;
import dev.admincvq.tlc.answer.TraceAnswer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.rmi.NoSuchObjectException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.checkerframework.checker.nullness.qual.Nullable;
import tlc2.TLC;
import tlc2.TLCGlobals;
import tlc2.output.EC;
import tlc2.output.MP;
import tlc2.output.MPRecorder;
import tlc2.tool.ModelChecker;
import tlc2.tool.fp.FPSet;
import util.SimpleFilenameToStream;
import util.ToolIO;

/**
 * One TLC run from start to clean-up: TLC's text captured, its messages recorded ({@link
 * MessageRecorder}), progress sampled, and afterwards what TLC holds released.
 */
final class RunLifecycle {
  private static final long SAMPLE_MILLIS = 2000;

  /** How often the sampler looks whether the run is asked to stop. */
  private static final long STOP_POLL_MILLIS = 100;

  private RunLifecycle() {}

  /**
   * What a run answers, and what {@code afterwards} made of TLC's objects while they were alive.
   *
   * @param run TLC's answer
   * @param after {@code afterwards}'s result; empty if TLC did not accept its parameters, or {@code
   *     afterwards} gave nothing
   */
  record Ran<T>(RunAnswer run, Optional<T> after) {}

  /**
   * Runs TLC once; if its parameters were accepted, {@code prepare} is given TLC before it runs and
   * {@code afterwards} TLC's result code once it ran, while TLC's objects are still alive; then
   * what TLC holds is released and its text output added.
   */
  static <T> Ran<T> check(
      RunInput input,
      Consumer<long[]> progress,
      HookLog hooks,
      Consumer<TLC> prepare,
      IntFunction<Optional<T>> afterwards) {
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    PrintStream sink = new PrintStream(text, true, StandardCharsets.UTF_8);
    ToolIO.out = sink;
    ToolIO.err = sink;
    MessageRecorder recorder = new MessageRecorder(progress);
    MP.setRecorder(recorder);
    Thread sampler = new Thread(() -> sample(recorder, input.stopRequested()), "tlc-progress");
    sampler.setDaemon(true);
    sampler.start();
    int tlcCode = EC.GENERAL;
    int exitCode = 255;
    @Nullable String crash = null;
    Optional<T> after = Optional.empty();
    @Nullable Recorded recorded = null;
    try {
      TLC tlc = new TLC();
      if (tlc.handleParameters(input.arguments().toArray(new String[0]))) {
        tlc.setResolver(new SimpleFilenameToStream(input.searchPath().toArray(new String[0])));
        prepare.accept(tlc);
        tlcCode = tlc.process();
        exitCode = EC.ExitStatus.errorConstantToExitStatus(tlcCode);
        if (input.stopRequested().getAsBoolean()) {
          recorder.report(); // the figures reached, for the caller to say what was found so far
        } else {
          after = afterwards.apply(tlcCode);
        }
      }
      recorded = Recorded.of(recorder);
    } catch (RuntimeException | LinkageError e) {
      tlcCode = EC.GENERAL;
      exitCode = 255;
      crash = String.valueOf(e);
    } finally {
      sampler.interrupt();
      try {
        sampler.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      releaseFingerprintSet();
      MP.setRecorder(new MPRecorder());
      sink.flush();
    }
    RunAnswer answer =
        new RunAnswer(
            tlcCode,
            exitCode,
            recorded == null ? OptionalInt.empty() : recorded.violationCode(),
            recorded == null ? Optional.empty() : recorded.violated(),
            recorded == null ? -1 : recorded.generated(),
            recorded == null ? -1 : recorded.distinct(),
            recorded == null ? -1 : recorded.depth(),
            recorded == null ? Optional.empty() : recorded.trace(),
            text.toString(StandardCharsets.UTF_8),
            Optional.ofNullable(crash),
            hooks.all());
    return new Ran<>(answer, after);
  }

  /**
   * What TLC's messages said, read while TLC's objects are alive (the trace names actions by them).
   */
  private record Recorded(
      OptionalInt violationCode,
      Optional<String> violated,
      long generated,
      long distinct,
      long depth,
      Optional<TraceAnswer> trace) {
    static Recorded of(MessageRecorder r) {
      return new Recorded(
          r.violationCode(), r.violated(), r.generated(), r.distinct(), r.depth(), r.trace());
    }
  }

  /**
   * Every {@link #SAMPLE_MILLIS} ms, reports the checker's figures, read from its own objects; and
   * once {@code stopRequested}, stops the checker.
   */
  private static void sample(MessageRecorder recorder, BooleanSupplier stopRequested) {
    try {
      long sinceReport = 0;
      boolean stopped = false;
      while (true) {
        Thread.sleep(STOP_POLL_MILLIS);
        if (!stopped && stopRequested.getAsBoolean()) {
          stopped = stopChecker();
        }
        sinceReport += STOP_POLL_MILLIS;
        if (sinceReport >= SAMPLE_MILLIS) {
          sinceReport = 0;
          recorder.report();
        }
      }
    } catch (InterruptedException stop) {
      // The run is over.
    }
  }

  /**
   * Stops the model checker as TLC's own {@code -stopAfter} timer does ({@code ModelChecker.stop}:
   * marks the search done and releases the workers waiting on the state queue; TLC then reports and
   * returns from {@code process}). Before the checker exists (parsing), nothing can be stopped yet:
   * the sampler tries again.
   *
   * @return whether the checker was stopped
   */
  private static boolean stopChecker() {
    if (TLCGlobals.mainChecker instanceof ModelChecker mc && mc.theStateQueue != null) {
      mc.stop();
      return true;
    }
    return false;
  }

  /** The FPSet is an exported RMI object: unexported, it no longer pins a thread and memory. */
  private static void releaseFingerprintSet() {
    if (TLCGlobals.mainChecker instanceof ModelChecker mc) {
      FPSet set = mc.theFPSet;
      if (set != null) {
        try {
          set.unexportObject(true);
        } catch (NoSuchObjectException alreadyGone) {
          // Not exported, or unexported by TLC: nothing is held.
        }
      }
    }
  }
}
