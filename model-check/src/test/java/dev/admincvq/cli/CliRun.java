package dev.admincvq.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One {@code admincvq} command line run in this JVM, as tests see it: exit code, stdout, stderr.
 */
public record CliRun(int exit, String out, String err) {

  public static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CliRun(exit, out.toString(), err.toString());
  }
}
