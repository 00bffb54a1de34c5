package dev.admincvq.tlc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Map;
import java.util.logging.LogManager;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Runs {@link TlcInside} in a class loader of its own, so that every check starts from TLC's
 * pristine static state.
 *
 * <p>TLC keeps much in statics: the {@code UniqueString} intern table (with the definition
 * indices of the last spec parsed), {@code TLCGlobals}, the message printer. In one class loader a
 * second spec checked after a first gets wrong results. A fresh loader per run, whose parent is
 * the platform loader (so that none of TLC's classes, nor ours, are shared), gives each run what a
 * separate {@code java tlc2.TLC} process would give. The loader defines the classes from class
 * files read once per JVM ({@link RunLoader}); it is closed after the run, and what the JDK
 * remembers of its classes is dropped ({@link RmiMethodCache}), so that they become garbage once the
 * answer (JDK types only) has been decoded.
 */
final class IsolatedTlc {
  private final URL[] classPath;
  private final RunLoader.ClassFiles classFiles = new RunLoader.ClassFiles();

  private IsolatedTlc(URL[] classPath) {
    this.classPath = classPath.clone();
  }

  /**
   * The class path of this application's own TLC and of {@link TlcInside}; one instance per JVM, so
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
      URL ours = locationOf(TlcInside.class);
      URL tlc = locationOf(tlc2.TLC.class);
      boolean sameJar = ours.toExternalForm().equals(tlc.toExternalForm());
      return new IsolatedTlc(sameJar ? new URL[] {ours} : new URL[] {ours, tlc});
    }
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
      return Path.of(locationOf(tlc2.TLC.class).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("TLC's location is not a file", e);
    }
  }

  /** One TLC run in a fresh loader, on a thread group of its own; see {@link TlcInside#run}. */
  Map<String, Object> run(String[] args, String[] libraryPaths, Consumer<long[]> progress) {
    return inside(
        "run",
        MethodType.methodType(Map.class, String[].class, String[].class, Consumer.class),
        args,
        libraryPaths,
        progress);
  }

  /** One state-graph exploration in a fresh loader; see {@link TlcInside#graph}. */
  Map<String, Object> graph(String[] args, String[] libraryPaths, int maxStates) {
    return inside(
        "graph",
        MethodType.methodType(Map.class, String[].class, String[].class, Integer.class),
        args,
        libraryPaths,
        Integer.valueOf(maxStates));
  }

  /** One check, then an exploration evaluating {@code invariants}; see {@link TlcInside#examine}. */
  Map<String, Object> examine(String[] args, String[] libraryPaths, int maxStates, List<String> invariants) {
    return inside(
        "examine",
        MethodType.methodType(Map.class, String[].class, String[].class, Integer.class, List.class),
        args,
        libraryPaths,
        Integer.valueOf(maxStates),
        invariants);
  }

  /** Trace validation in a fresh loader; see {@link TraceInside#replay}. */
  Map<String, Object> replay(String[] args, String[] libraryPaths, List<Object> logs) {
    return inside(
        TraceInside.class,
        "replay",
        MethodType.methodType(Map.class, String[].class, String[].class, List.class),
        args,
        libraryPaths,
        logs);
  }

  /** One SANY parse (no model checking) in a fresh loader; see {@link TlcInside#parse}. */
  Map<String, Object> parse(String file, String[] libraryPaths) {
    return inside(
        "parse", MethodType.methodType(Map.class, String.class, String[].class), file, libraryPaths);
  }

  /**
   * Calls the static method {@code name} of {@link TlcInside} as loaded by a fresh loader, on a
   * thread of a new thread group, then releases what TLC leaves behind: the group's threads, and
   * RMI's cached methods of the loader's classes. Only JDK types cross in either direction.
   */
  private Map<String, Object> inside(String name, MethodType type, Object... arguments) {
    return inside(TlcInside.class, name, type, arguments);
  }

  private Map<String, Object> inside(
      Class<?> entry, String name, MethodType type, Object... arguments) {
    try (RunLoader loader = new RunLoader(classPath, classFiles)) {
      MethodHandle method =
          MethodHandles.publicLookup()
              .findStatic(Class.forName(entry.getName(), true, loader), name, type);
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
      RunThreads.reap(group);
      RmiMethodCache.forget(loader);
      Throwable failed = failure.get();
      if (failed != null) {
        throw new IllegalStateException("TLC failed: " + failed, failed);
      }
      if (!(answer.get() instanceof Map<?, ?> map)) {
        throw new IllegalStateException("TLC answered nothing");
      }
      @SuppressWarnings("unchecked") // TlcInside's entry points return Map<String, Object>
      Map<String, Object> typed = (Map<String, Object>) map;
      return typed;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while TLC ran", e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot start TLC in its own class loader", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
