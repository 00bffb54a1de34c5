package dev.admincvq.tlc.inside;

import java.io.IOException;
import java.rmi.NotBoundException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.checkerframework.checker.nullness.qual.Nullable;
import tlc2.TLCGlobals;
import tlc2.output.MP;
import tlc2.tool.Action;
import tlc2.tool.ITool;
import tlc2.tool.TLCState;
import tlc2.tool.distributed.TLCApp;
import tlc2.tool.distributed.TLCServer;
import util.ToolIO;

/**
 * The main class of the child process that runs TLC's distributed server ({@code DistributedTlc}):
 * TLC's {@code TLCServer.main} without its mail and shutdown hook, with TLC's messages recorded by
 * code ({@link MessageRecorder}).
 *
 * <p>TLC's server prints the trace to a violation but not which invariant it violates (the worker's
 * exception naming it is dropped). The invariants, then the action properties, are evaluated by the
 * server's own evaluator in the last state of that trace (and the step to it). The answer is one
 * line, {@value #ANSWER} followed by the verdict and figures, after TLC's own output.
 */
public final class DistributedServer extends TLCServer {
  /** The prefix of the answer line. */
  public static final String ANSWER = "admincvq-distributed-answer";

  private DistributedServer(TLCApp app) throws IOException, NotBoundException {
    super(app);
  }

  /**
   * Runs the server with TLC's server arguments and ends the process. TLC ends it itself once the
   * model is checked ({@code DiskFPSet.exit} calls {@code System.exit}), so the answer line is
   * printed by a shutdown hook, while TLC's objects are still alive.
   */
  public static void main(String[] args) {
    MessageRecorder recorder = new MessageRecorder(figures -> {});
    MP.setRecorder(recorder);
    AtomicReference<@Nullable TLCApp> app = new AtomicReference<>();
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> answer(recorder, app.get()), "admincvq-answer"));
    try {
      TLCGlobals.setNumWorkers(0);
      TLCApp created = TLCApp.create(args);
      app.set(created);
      new DistributedServer(created).modelCheck();
    } catch (Exception | LinkageError e) {
      app.set(null);
      ToolIO.out.println("admincvq: TLC's server failed: " + e);
    }
    System.exit(0);
  }

  /** Prints the answer line: verdict, distinct, generated, depth, violated (or {@code -}). */
  private static void answer(MessageRecorder recorder, @Nullable TLCApp app) {
    String verdict;
    Optional<String> violated = Optional.empty();
    List<TLCState> trace = recorder.traceStates();
    if (app == null) {
      verdict = "error";
    } else if (trace.isEmpty()) {
      verdict = recorder.distinct() >= 0 ? "success" : "error";
    } else {
      violated = violatedIn(app.tool, trace);
      verdict = violated.isPresent() ? "safety" : app.getCheckDeadlock() ? "deadlock" : "error";
    }
    ToolIO.out.println(
        ANSWER
            + " "
            + verdict
            + " "
            + recorder.distinct()
            + " "
            + recorder.generated()
            + " "
            + recorder.depth()
            + " "
            + violated.orElse("-"));
    ToolIO.out.flush();
  }

  /**
   * The first invariant the last state violates, else the first action property the last step does.
   */
  private static Optional<String> violatedIn(ITool tool, List<TLCState> trace) {
    TLCState last = trace.get(trace.size() - 1);
    Action[] invariants = tool.getInvariants();
    for (int i = 0; i < invariants.length; i++) {
      if (!tool.isValid(invariants[i], last)) {
        return Optional.of(tool.getInvNames()[i]);
      }
    }
    if (trace.size() > 1) {
      TLCState before = trace.get(trace.size() - 2);
      Action[] implied = tool.getImpliedActions();
      for (int i = 0; i < implied.length; i++) {
        if (!tool.isValid(implied[i], before, last)) {
          return Optional.of(tool.getImpliedActNames()[i]);
        }
      }
    }
    return Optional.empty();
  }
}
