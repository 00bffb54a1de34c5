package dev.admincvq.tlc.inside;

import dev.admincvq.tlc.answer.ParseAnswer;
import dev.admincvq.tlc.answer.RunInput;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;
import org.checkerframework.checker.nullness.qual.Nullable;
import tla2sany.drivers.FrontEndException;
import tla2sany.drivers.SANY;
import tla2sany.modanalyzer.SpecObj;
import tla2sany.semantic.ASTConstants;
import tla2sany.semantic.Errors;
import tla2sany.semantic.ExprNode;
import tla2sany.semantic.ModuleNode;
import tla2sany.semantic.OpDefNode;
import tla2sany.st.SyntaxTreeConstants;
import tla2sany.st.TreeNode;
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
   * SANY's answer and, when the module parsed, its semantic tree (for jobs that read the tree, such
   * as {@link SpecReads}).
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
    Map<String, String> definitions = Map.of();
    try {
      SpecObj spec =
          new SpecObj(
              input.module(),
              new SimpleFilenameToStream(input.searchPath().toArray(new String[0])));
      SANY.frontEndMain(spec, input.module(), sink);
      ok =
          spec.getErrorLevel() == 0
              && !failed(spec.getInitErrors())
              && !failed(spec.getParseErrors())
              && !failed(spec.getSemanticErrors())
              && !failed(spec.getGlobalContextErrors());
      modules = List.copyOf(new TreeSet<>(spec.getModuleNames()));
      parsedSpec = spec;
      if (ok) {
        definitions = constantDefinitions(spec);
      }
    } catch (FrontEndException | RuntimeException | LinkageError e) {
      ok = false;
      crash = String.valueOf(e);
    } finally {
      sink.flush();
    }
    ParseAnswer answer =
        new ParseAnswer(
            ok,
            modules,
            text.toString(StandardCharsets.UTF_8),
            Optional.ofNullable(crash),
            definitions);
    return new Parsed(answer, ok ? Optional.ofNullable(parsedSpec) : Optional.empty());
  }

  /**
   * The root module's user definitions without parameters, from any module but TLC's standard ones,
   * with their bodies as SANY's syntax tree spells them. A name defined twice (LOCAL in two
   * modules) keeps the root module's view: the context holds one definition per name.
   */
  private static Map<String, String> constantDefinitions(SpecObj spec) {
    Map<String, String> out = new TreeMap<>();
    ModuleNode root = spec.getExternalModuleTable().getRootModule();
    for (OpDefNode def : root.getOpDefs()) {
      ModuleNode home = def.getOriginallyDefinedInModuleNode();
      if (def.getKind() != ASTConstants.UserDefinedOpKind
          || def.getArity() != 0
          || (home != null && home.isStandardModule())) {
        continue;
      }
      ExprNode body = def.getBody();
      if (body != null) {
        StringJoiner tokens = new StringJoiner(" ");
        spell(body.getTreeNode(), tokens);
        out.put(def.getName().toString(), tokens.toString());
      }
    }
    return out;
  }

  /**
   * The tokens of a syntax tree, in order (SANY's own human-readable image runs them together). A
   * leaf whose image is the name of its nonterminal kind ({@code N_IdPrefix}) is an empty
   * production, no token.
   */
  private static void spell(TreeNode node, StringJoiner tokens) {
    TreeNode[] heirs = node.heirs();
    if (heirs == null || heirs.length == 0) {
      int kind = node.getKind();
      String image = node.getImage();
      boolean emptyProduction =
          kind > SyntaxTreeConstants.NULL_ID
              && kind < SyntaxTreeConstants.SyntaxNodeImage.length
              && String.valueOf(SyntaxTreeConstants.SyntaxNodeImage[kind]).equals(image);
      if (!emptyProduction && image != null && !image.isBlank()) {
        tokens.add(image.strip());
      }
      return;
    }
    for (TreeNode heir : heirs) {
      if (heir != null) {
        spell(heir, tokens);
      }
    }
  }

  private static boolean failed(@Nullable Errors errors) {
    return errors != null && errors.isFailure();
  }
}
