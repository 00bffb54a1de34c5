package dev.admincvq.tlc.inside;

import dev.admincvq.tlc.answer.ParseAnswer;
import dev.admincvq.tlc.answer.RunInput;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.checkerframework.checker.nullness.qual.Nullable;
import tla2sany.drivers.FrontEndException;
import tla2sany.drivers.SANY;
import tla2sany.modanalyzer.SpecObj;
import tla2sany.semantic.Errors;
import util.SimpleFilenameToStream;
import util.ToolIO;

/**
 * Parses one module with SANY, TLC's front end: syntax, then semantic and level analysis of it and
 * of every module it extends or instantiates. No model is checked and no configuration read.
 */
final class SanyParse {
  private SanyParse() {}

  static ParseAnswer parse(RunInput input) {
    return parsed(input).answer();
  }

  /**
   * SANY's answer and, when the module parsed, its semantic tree (for jobs that read the tree, such as
   * {@link SpecReads}).
   */
  record Parsed(ParseAnswer answer, Optional<SpecObj> spec) {}

  static Parsed parsed(RunInput input) {
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    PrintStream sink = new PrintStream(text, true, StandardCharsets.UTF_8);
    ToolIO.out = sink;
    ToolIO.err = sink;
    boolean ok = false;
    List<String> modules = List.of();
    @Nullable String crash = null;
    @Nullable SpecObj parsedSpec = null;
    try {
      SpecObj spec =
          new SpecObj(input.module(), new SimpleFilenameToStream(input.searchPath().toArray(new String[0])));
      SANY.frontEndMain(spec, input.module(), sink);
      ok =
          spec.getErrorLevel() == 0
              && !failed(spec.getInitErrors())
              && !failed(spec.getParseErrors())
              && !failed(spec.getSemanticErrors())
              && !failed(spec.getGlobalContextErrors());
      modules = List.copyOf(new TreeSet<>(spec.getModuleNames()));
      parsedSpec = spec;
    } catch (FrontEndException | RuntimeException | LinkageError e) {
      ok = false;
      crash = String.valueOf(e);
    } finally {
      sink.flush();
    }
    ParseAnswer answer = new ParseAnswer(ok, modules, text.toString(StandardCharsets.UTF_8), Optional.ofNullable(crash));
    return new Parsed(answer, ok ? Optional.ofNullable(parsedSpec) : Optional.empty());
  }

  private static boolean failed(@Nullable Errors errors) {
    return errors != null && errors.isFailure();
  }
}
