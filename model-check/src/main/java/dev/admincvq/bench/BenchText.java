package dev.admincvq.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark as text: the machine, the method, then each part as a table with its ratio. */
public final class BenchText {
  private BenchText() {}

  public static String render(BenchReport report) {
    StringBuilder out = new StringBuilder();
    Machine m = report.machine();
    out.append(
        String.format(
            Locale.ROOT,
            "machine: %d cores, Java %s, heap -Xmx%,d MiB and -Xss%d KiB on both sides, -XX:+UseParallelGC%n",
            m.cores(),
            m.java(),
            m.heapBytes() >> 20,
            m.stackKb()));
    for (String line : report.method()) {
      out.append("method: ").append(line).append('\n');
    }
    report.large().ifPresent(a -> large(a, out));
    report.batch().ifPresent(b -> batch(b, out));
    return out.toString();
  }

  private static void large(LargeModel a, StringBuilder out) {
    Comparison c = a.comparison();
    out.append('\n')
        .append(
            String.format(
                Locale.ROOT, "(a) one large model, %d worker(s) on both sides%n", a.workers()));
    List<String[]> cells = new ArrayList<>();
    cells.add(new String[] {"side", "model", "distinct", "total", "exit", "seconds"});
    cells.add(row("embedded", c.model(), c.embedded()));
    cells.add(row("process", c.model(), c.process()));
    out.append(table(cells));
    out.append(
        String.format(
            Locale.ROOT,
            "embeddedVsProcess = %.3f (embedded / process; goal <= %.2f: %s)%n"
                + "statesPerSecondVsRaw = %.3f (this JVM's states per second / java tlc2.TLC's, the same states)%n",
            a.embeddedVsProcess(),
            LargeModel.GOAL,
            a.goalMet() ? "met" : "NOT met",
            1.0 / a.embeddedVsProcess()));
    if (!a.goalMet()) {
      out.append(GoalText.why(a.why()));
    }
    problems(c, out);
  }

  private static void batch(Batch b, StringBuilder out) {
    out.append('\n')
        .append(
            String.format(
                Locale.ROOT,
                "(b) %d models, one worker: one JVM against one process per model%n",
                b.rows().size()));
    List<String[]> cells = new ArrayList<>();
    cells.add(
        new String[] {"model", "distinct", "total", "exit", "embedded s", "process s", "agree"});
    for (Comparison c : b.rows()) {
      cells.add(
          new String[] {
            c.model(),
            String.format(Locale.ROOT, "%,d", c.embedded().distinct()),
            String.format(Locale.ROOT, "%,d", c.embedded().total()),
            Integer.toString(c.embedded().exitCode()),
            seconds(c.embedded().seconds()),
            seconds(c.process().seconds()),
            c.ok() ? "yes" : "NO"
          });
    }
    cells.add(
        new String[] {
          "total",
          "",
          "",
          "",
          seconds(b.embeddedSeconds()),
          seconds(b.processSeconds()),
          b.ok() ? "yes" : "NO"
        });
    out.append(table(cells));
    out.append(
        String.format(
            Locale.ROOT,
            "batchSpeedup = %.2f (process total / embedded total; goal >= %.1f: %s)%n",
            b.batchSpeedup(),
            Batch.GOAL,
            b.goalMet() ? "met" : "NOT met"));
    if (!b.goalMet()) {
      out.append(GoalText.why(b.why()));
    }
    for (Comparison c : b.rows()) {
      problems(c, out);
    }
  }

  private static void problems(Comparison c, StringBuilder out) {
    for (String d : c.disagreements()) {
      out.append(c.model()).append(": sides disagree: ").append(d).append('\n');
    }
    for (String u : c.unexpected()) {
      out.append(c.model()).append(": not as the manifest records: ").append(u).append('\n');
    }
  }

  private static String[] row(String side, String model, Measured m) {
    return new String[] {
      side,
      model,
      String.format(Locale.ROOT, "%,d", m.distinct()),
      String.format(Locale.ROOT, "%,d", m.total()),
      Integer.toString(m.exitCode()),
      seconds(m.seconds())
    };
  }

  private static String seconds(double s) {
    return String.format(Locale.ROOT, "%.2f", s);
  }

  /** Left-aligned text columns, numbers right-aligned, under a rule. */
  private static String table(List<String[]> cells) {
    int columns = cells.get(0).length;
    int[] width = new int[columns];
    for (String[] line : cells) {
      for (int i = 0; i < columns; i++) {
        width[i] = Math.max(width[i], line[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (int n = 0; n < cells.size(); n++) {
      String[] line = cells.get(n);
      StringBuilder l = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        boolean number = n > 0 && !line[i].isEmpty() && Character.isDigit(line[i].charAt(0));
        l.append(String.format("%" + (number ? "" : "-") + width[i] + "s", line[i])).append("  ");
      }
      out.append(l.toString().stripTrailing()).append('\n');
      if (n == 0) {
        out.append("-".repeat(l.length() - 2)).append('\n');
      }
    }
    return out.toString();
  }
}
