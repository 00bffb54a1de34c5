package dev.admincvq.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The boundaries between the project's packages that a test enforces, as rules over scanned sources. */
final class Boundaries {
  /** The only package that may use TLC: the code loaded in each run's own class loader. */
  static final String INSIDE = "dev.admincvq.tlc.inside";

  /** The records crossing a run's class-loader boundary: they may use the JDK alone. */
  static final String SHARED = "dev.admincvq.tlc.answer";

  private Boundaries() {}

  /** In model-check: TLC used outside {@link #INSIDE}; anything but {@code java.*} in {@link #SHARED}. */
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

  /** The package part of an imported name ({@code a.b.C} gives {@code a.b}; nested classes aside). */
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
