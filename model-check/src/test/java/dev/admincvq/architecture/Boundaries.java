package dev.admincvq.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The boundaries between the project's packages that a test enforces, as rules over scanned
 * sources.
 */
final class Boundaries {
  /** The only package that may use TLC: the code loaded in each run's own class loader. */
  static final String INSIDE = "dev.admincvq.tlc.inside";

  /** The records crossing a run's class-loader boundary: they may use the JDK alone. */
  static final String SHARED = "dev.admincvq.tlc.answer";

  private Boundaries() {}

  /**
   * In model-check: TLC used outside {@link #INSIDE}; anything but {@code java.*} in {@link
   * #SHARED}.
   */
  static List<String> modelCheck(List<ImportScan.Source> sources) {
    List<String> out = new ArrayList<>();
    for (ImportScan.Source s : sources) {
      if (!s.pkg().equals(INSIDE)) {
        for (String name : s.tlcNames()) {
          out.add(s.file() + ": uses TLC (" + name + ") outside " + INSIDE);
        }
      }
      if (s.pkg().equals(SHARED)) {
        for (String i : s.imports()) {
          if (!i.startsWith("java.")) {
            out.add(s.file() + ": imports " + i + " into the shared records of " + SHARED);
          }
        }
      }
    }
    return out;
  }

  /** In reference: any use of TLC, any import of a package of model-check. */
  static List<String> reference(List<ImportScan.Source> sources, Set<String> modelCheckPackages) {
    List<String> out = new ArrayList<>();
    for (ImportScan.Source s : sources) {
      for (String name : s.tlcNames()) {
        out.add(s.file() + ": reference/ uses TLC (" + name + ")");
      }
      for (String i : s.imports()) {
        if (modelCheckPackages.contains(i) || modelCheckPackages.contains(packageOf(i))) {
          out.add(s.file() + ": reference/ imports " + i + " of model-check");
        }
      }
    }
    return out;
  }

  /**
   * Cycles among the packages of {@code sources}: each package that imports, directly or through
   * others, a package that imports it back, named with one such path ({@code a -> b -> a}).
   * Packages of the same sources only; a package's use of its own classes is no edge.
   */
  static List<String> packageCycles(List<ImportScan.Source> sources) {
    Map<String, Set<String>> uses = new TreeMap<>();
    for (ImportScan.Source s : sources) {
      uses.computeIfAbsent(s.pkg(), k -> new TreeSet<>());
    }
    for (ImportScan.Source s : sources) {
      Set<String> from = uses.computeIfAbsent(s.pkg(), k -> new TreeSet<>());
      for (String i : s.imports()) {
        String used = packageOf(i);
        if (!used.equals(s.pkg()) && uses.containsKey(used)) {
          from.add(used);
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (String start : uses.keySet()) {
      List<String> path = pathBack(uses, start);
      if (!path.isEmpty()) {
        out.add(String.join(" -> ", path));
      }
    }
    return out;
  }

  /** A shortest path start -> ... -> start through {@code uses}, or nothing. */
  private static List<String> pathBack(Map<String, Set<String>> uses, String start) {
    Map<String, String> parent = new TreeMap<>();
    List<String> frontier = new ArrayList<>(List.of(start));
    while (!frontier.isEmpty()) {
      List<String> next = new ArrayList<>();
      for (String at : frontier) {
        for (String to : uses.getOrDefault(at, Set.of())) {
          if (to.equals(start)) {
            List<String> path = new ArrayList<>(List.of(at, start));
            for (String back = at; !back.equals(start); ) {
              back = parent.getOrDefault(back, start);
              path.add(0, back);
            }
            return path;
          }
          if (!parent.containsKey(to)) {
            parent.put(to, at);
            next.add(to);
          }
        }
      }
      frontier = next;
    }
    return List.of();
  }

  /**
   * The package part of an imported name ({@code a.b.C} gives {@code a.b}; nested classes aside).
   */
  private static String packageOf(String imported) {
    int start = 0;
    while (start < imported.length() && !Character.isUpperCase(imported.charAt(start))) {
      int dot = imported.indexOf('.', start);
      if (dot < 0) {
        return imported;
      }
      start = dot + 1;
    }
    return start == 0 ? "" : imported.substring(0, start - 1);
  }
}
