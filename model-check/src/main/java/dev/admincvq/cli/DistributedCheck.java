package dev.admincvq.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.admincvq.model.CheckResult;
import dev.admincvq.report.ResultJson;
import dev.admincvq.report.TracePrinter;
import dev.admincvq.simulate.DerivedConfig;
import dev.admincvq.tlc.DistributedTlc;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine;

/** {@code admincvq check --distributed}: one spec checked by TLC's server and its workers. */
final class DistributedCheck {
  private final CheckCommand command;

  DistributedCheck(CheckCommand command) {
    this.command = command;
  }

  int run() throws IOException {
    CommandLine cli = command.spec.commandLine();
    if (command.specs.size() != 1) {
      throw new CommandLine.ParameterException(cli, "--distributed checks a single SPEC");
    }
    if (command.traceOut != null
        || command.svgDir != null
        || command.html != null
        || command.fullStates) {
      throw new CommandLine.ParameterException(
          cli,
          "--distributed prints no counterexample: --trace-out, --svg, --html and --full-states need a check without it");
    }
    if (command.localWorkers < 0) {
      throw new CommandLine.ParameterException(
          cli, "--local-workers must be at least 0, was " + command.localWorkers);
    }
    if (command.port < 1 || command.port > 65535) {
      throw new CommandLine.ParameterException(cli, "--port must be 1-65535, was " + command.port);
    }
    SpecArgument a = SpecArgument.of(command.specs.get(0), command.config);
    PrintWriter out = cli.getOut();
    PrintWriter err = cli.getErr();
    try (DerivedConfig cfg = command.derivedConfig(a.config(), true)) {
      if (!cfg.dropped().isEmpty()) {
        err.println(
            "admincvq: distributed TLC checks safety only; not checked: "
                + String.join(", ", cfg.dropped()));
      }
      CheckResult r =
          DistributedTlc.check(
              new DistributedTlc.Request(
                  a.spec(),
                  cfg.path(),
                  cfg.checkDeadlock(),
                  command.port,
                  command.localWorkers,
                  command.workers,
                  command.libraries,
                  line -> err.println("admincvq: " + line)));
      if (command.json.on()) {
        ObjectNode o = ResultJson.of(r);
        o.put("distributed", true);
        cfg.dropped().forEach(o.putArray("notChecked")::add);
        out.println(new ObjectMapper().writeValueAsString(o));
      } else {
        CheckCommand.print(r, TracePrinter.Detail.CHANGES, out, err);
      }
      return r.exitCode();
    }
  }
}
