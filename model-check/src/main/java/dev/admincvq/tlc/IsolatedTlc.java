package dev.admincvq.tlc;

import dev.admincvq.model.Progress;
import dev.admincvq.tlc.answer.ExaminationAnswer;
import dev.admincvq.tlc.answer.HookReport;
import dev.admincvq.tlc.answer.ParseAnswer;
import dev.admincvq.tlc.answer.ReadsAnswer;
import dev.admincvq.tlc.answer.ReadsQuery;
import dev.admincvq.tlc.answer.ReplayAnswer;
import dev.admincvq.tlc.answer.RunAnswer;
import dev.admincvq.tlc.answer.RunInput;
import dev.admincvq.tlc.answer.SimulationAnswer;
import dev.admincvq.tlc.answer.SimulationBudget;
import dev.admincvq.tlc.inside.RunEntry;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.LogManager;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Runs the inside of a run ({@link RunEntry}) in a class loader of its own, so that every check
 * starts from TLC's pristine static state.
 *
 * <p>TLC keeps much in statics: the {@code UniqueString} intern table (with the definition indices
 * of the last spec parsed), {@code TLCGlobals}, the message printer. In one class loader a second
 * spec checked after a first gets wrong results. A fresh loader per run, whose parent is the
 * platform loader (so that none of TLC's classes, nor ours, are shared), gives each run what a
 * separate {@code java tlc2.TLC} process would give. The loader defines the classes from class
 * files read once per JVM ({@link RunLoader}); it is closed after the run, and what the JDK
 * remembers of its classes is dropped ({@link RmiMethodCache}), so that they become garbage once
 * the answer has been decoded. The answer's classes ({@code dev.admincvq.tlc.answer}, JDK types
 * only) are the one package both loaders share.
 */
final class IsolatedTlc {
  private final URL[] classPath;
  private final RunLoader.ClassFiles classFiles = new RunLoader.ClassFiles();

  private IsolatedTlc(URL[] classPath) {
    this.classPath = classPath.clone();
  }

  /**
   * The class path of this application's own TLC and of {@link RunEntry}; one instance per JVM, so
   * that every checker shares the class files read (see {@link RunLoader}).
   */
  static IsolatedTlc fromApplicationClassPath() {
    return Application.INSTANCE;
  }

  private static final class Application {
    static final IsolatedTlc INSTANCE = create();

    private static IsolatedTlc create() {
      // TLC's first use of java.util.logging would start the log manager inside a run; its
      // shutdown hook would then keep that run's thread group and class loader for good.
      LogManager.getLogManager();
      // Likewise the platform MBean server: made here, outside any run, with TLC's beans kept out.
      WithoutTlcBeans.installAsPlatformBuilder();
      URL ours = locationOf(RunEntry.class);
      URL tlc = locationOf(tlcMainClass());
      boolean sameJar = ours.toExternalForm().equals(tlc.toExternalForm());
      return new IsolatedTlc(sameJar ? new URL[] {ours} : new URL[] {ours, tlc});
    }
  }

  /**
   * TLC's main class as the application's loader knows it, never initialized: only to find where
   * TLC's classes lie (the outside of a run never uses TLC; see {@code tlc.inside}).
   */
  private static Class<?> tlcMainClass() {
    try {
      return Class.forName(TLC_MAIN_CLASS, false, IsolatedTlc.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("TLC is not on the class path", e);
    }
  }

  private static final String TLC_MAIN_CLASS = "tlc2.TLC";

  /**
   * The class path of a run (ours, then TLC's), as a {@code java -cp} argument for a child process.
   */
  String classPathText() {
    List<String> files = new ArrayList<>();
    for (URL url : classPath) {
      try {
        files.add(Path.of(url.toURI()).toString());
      } catch (URISyntaxException e) {
        throw new IllegalStateException("a class path entry is not a file: " + url, e);
      }
    }
    return String.join(File.pathSeparator, files);
  }

  /** Where {@code type} was loaded from: a jar or a classes directory. */
  static URL locationOf(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      throw new IllegalStateException("cannot locate the classes of " + type.getName());
    }
    return source.getLocation();
  }

  /** The file holding TLC's classes (for starting a separate TLC process in comparisons). */
  static Path tlcJar() {
    try {
      return Path.of(locationOf(tlcMainClass()).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("TLC's location is not a file", e);
    }
  }

  /**
   * A run's answer, and every hook into TLC's or the JDK's internals it used (inside the run and
   * around it), with whether each applied.
   */
  record Isolated<T>(T answer, List<HookReport> hooks) {
    Isolated {
      hooks = List.copyOf(hooks);
    }
  }

  /**
   * One TLC run in a fresh loader, on a thread group of its own; see {@link RunEntry#run}.
   *
   * @throws RunInterruptedException on an {@link Interruption}, with the last figures TLC reported
   */
  Isolated<RunAnswer> run(RunInput input, Consumer<long[]> progress) {
    AtomicReference<long @Nullable []> last = new AtomicReference<>();
    Consumer<long[]> remembered =
        figures -> {
          last.set(figures.clone());
          progress.accept(figures);
        };
    try {
      return inside(
          "run",
          false,
          MethodType.methodType(RunAnswer.class, RunInput.class, Consumer.class),
          RunAnswer.class,
          RunAnswer::hooks,
          input,
          remembered);
    } catch (RunInterruptedException e) {
      long @Nullable [] f = last.get();
      throw f == null
          ? e
          : new RunInterruptedException(Optional.of(new Progress((int) f[0], f[1], f[2], f[3])));
    }
  }

  /**
   * One state-graph exploration in a fresh loader, with predicates evaluated in every state; see
   * {@link RunEntry#graph}.
   */
  Isolated<ExaminationAnswer> graph(RunInput input, int maxStates, List<String> predicates) {
    return inside(
        "graph",
        false,
        MethodType.methodType(ExaminationAnswer.class, RunInput.class, int.class, List.class),
        ExaminationAnswer.class,
        a -> a.run().hooks(),
        input,
        maxStates,
        List.copyOf(predicates));
  }

  /** One check, then the graph with {@code invariants} evaluated; see {@link RunEntry#examine}. */
  Isolated<ExaminationAnswer> examine(RunInput input, int maxStates, List<String> invariants) {
    return inside(
        "examine",
        false,
        MethodType.methodType(ExaminationAnswer.class, RunInput.class, int.class, List.class),
        ExaminationAnswer.class,
        a -> a.run().hooks(),
        input,
        maxStates,
        List.copyOf(invariants));
  }

  /**
   * One TLC run in simulation mode, then random behaviours; see {@link RunEntry#simulate}. Unlike
   * the other runs, an {@link Interruption} while the behaviours are drawn keeps the answer: the
   * behaviours drawn until then, each whole, are what the simulation found so far.
   */
  Isolated<SimulationAnswer> simulate(RunInput input, SimulationBudget budget) {
    return inside(
        "simulate",
        true,
        MethodType.methodType(SimulationAnswer.class, RunInput.class, SimulationBudget.class),
        SimulationAnswer.class,
        a -> a.run().hooks(),
        input,
        budget);
  }

  /** Trace validation in a fresh loader; see {@link RunEntry#replay}. */
  Isolated<ReplayAnswer> replay(RunInput input, List<List<Object>> logs) {
    return inside(
        "replay",
        false,
        MethodType.methodType(ReplayAnswer.class, RunInput.class, List.class),
        ReplayAnswer.class,
        a -> a.run().hooks(),
        input,
        logs);
  }

  /** One SANY parse (no model checking) in a fresh loader; see {@link RunEntry#parse}. */
  Isolated<ParseAnswer> parse(RunInput input) {
    return inside(
        "parse",
        false,
        MethodType.methodType(ParseAnswer.class, RunInput.class),
        ParseAnswer.class,
        a -> List.of(),
        input);
  }

  /** One actor-reads analysis (SANY only) in a fresh loader; see {@link RunEntry#reads}. */
  Isolated<ReadsAnswer> reads(RunInput input, ReadsQuery query) {
    return inside(
        "reads",
        false,
        MethodType.methodType(ReadsAnswer.class, RunInput.class, ReadsQuery.class),
        ReadsAnswer.class,
        a -> List.of(),
        input,
        query);
  }

  /**
   * Calls the static method {@code name} of {@link RunEntry} as loaded by a fresh loader, on a
   * thread of a new thread group, then releases what TLC leaves behind: the group's threads, and
   * RMI's cached methods of the loader's classes. Only the shared answer records (JDK types only)
   * cross in either direction.
   *
   * @param keepInterrupted whether an answer given after an {@link Interruption} is kept (what the
   *     run found so far) rather than dropped
   * @throws RunInterruptedException when an {@link Interruption} was requested before the run, or
   *     while it ran and its answer, incomplete, is dropped
   */
  private <T> Isolated<T> inside(
      String name,
      boolean keepInterrupted,
      MethodType type,
      Class<T> answerType,
      Function<T, List<HookReport>> insideHooks,
      Object... arguments) {
    if (Interruption.requested()) {
      throw new RunInterruptedException(Optional.empty());
    }
    try (RunLoader loader = new RunLoader(classPath, classFiles, sharedLoader())) {
      MethodHandle method =
          MethodHandles.publicLookup()
              .findStatic(Class.forName(RunEntry.class.getName(), true, loader), name, type);
      AtomicReference<@Nullable Object> answer = new AtomicReference<>();
      AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
      ThreadGroup group = new ThreadGroup("tlc-" + name);
      Thread main =
          new Thread(
              group,
              () -> {
                try {
                  answer.set(method.invokeWithArguments(arguments));
                } catch (Throwable e) { // anything TLC throws is reported as its failure
                  failure.set(e);
                }
              },
              "tlc-" + name);
      main.setContextClassLoader(loader);
      main.start();
      main.join();
      List<HookReport> hooks = new ArrayList<>();
      hooks.add(RunThreads.reap(group));
      hooks.add(RmiMethodCache.forget(loader));
      hooks.add(WithoutTlcBeans.report());
      if (Interruption.requested() && !(keepInterrupted && answerType.isInstance(answer.get()))) {
        throw new RunInterruptedException(Optional.empty());
      }
      Throwable failed = failure.get();
      if (failed != null) {
        throw new IllegalStateException("TLC failed: " + failed, failed);
      }
      @Nullable Object given = answer.get();
      if (!answerType.isInstance(given)) {
        throw new IllegalStateException("TLC answered nothing");
      }
      T typed = answerType.cast(given);
      List<HookReport> all = new ArrayList<>(insideHooks.apply(typed));
      all.addAll(hooks);
      return new Isolated<>(typed, all);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while TLC ran", e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot start TLC in its own class loader", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The loader of the answer records, shared with every run's loader. */
  private static ClassLoader sharedLoader() {
    @Nullable ClassLoader loader = RunAnswer.class.getClassLoader();
    if (loader == null) {
      throw new IllegalStateException("the answer records have no class loader of their own");
    }
    return loader;
  }
}
