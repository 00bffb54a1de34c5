package dev.admincvq.tlc;

import dev.admincvq.tlc.answer.HookReport;
import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.util.Map;

/**
 * Forgets what Java RMI remembers about one run's classes, so that the run's class loader can be
 * collected when the run is over.
 *
 * <p>TLC's fingerprint sets are RMI remote objects, exported when created. Exporting caches the
 * remote methods of the object's class in {@code
 * sun.rmi.server.UnicastServerRef.hashToMethod_Maps}, a map weak in the class but holding the
 * methods through a soft reference, and the methods hold the class: so the entry, and with it the
 * run's loader, all its classes and their statics, stays until the heap runs short. Run after run,
 * the heap fills with dead runs and every collection copies them. Removing the run's entries after
 * the run frees it at the next collection.
 *
 * <p>This needs {@code --add-opens java.rmi/sun.rmi.server=ALL-UNNAMED}; without it nothing is
 * removed, the dead runs are freed only when the heap runs short, and the hook ({@value #HOOK})
 * reports that it did not apply.
 */
final class RmiMethodCache {
  /** The name this hook reports under. */
  static final String HOOK = "jdk.rmiMethodCache";

  private RmiMethodCache() {}

  /** Removes the cached remote methods of every class that {@code loader} defined. */
  @SuppressWarnings("nullness") // Field.get(null) reads a static field: there is no receiver
  static HookReport forget(ClassLoader loader) {
    try {
      Field maps =
          Class.forName("sun.rmi.server.UnicastServerRef").getDeclaredField("hashToMethod_Maps");
      maps.setAccessible(true);
      Object cache = maps.get(null);
      if (cache == null) {
        return HookReport.applied(HOOK, "RMI cached no methods");
      }
      Field internal =
          Class.forName("sun.rmi.server.WeakClassHashMap").getDeclaredField("internalMap");
      internal.setAccessible(true);
      if (internal.get(cache) instanceof Map<?, ?> byClass) {
        synchronized (byClass) { // WeakClassHashMap's own lock
          byClass
              .keySet()
              .removeIf(key -> key instanceof Class<?> c && c.getClassLoader() == loader);
        }
        return HookReport.applied(HOOK, "the run's classes forgotten by RMI");
      }
      return HookReport.failed(HOOK, "RMI's method cache is of another shape");
    } catch (ReflectiveOperationException
        | InaccessibleObjectException
        | SecurityException notOpen) {
      return HookReport.failed(
          HOOK, "not opened to us (" + notOpen + "): the run stays until the heap runs short");
    }
  }
}
