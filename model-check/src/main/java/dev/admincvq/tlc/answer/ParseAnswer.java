package dev.admincvq.tlc.answer;

import java.util.List;
import java.util.Optional;

/**
 * What SANY made of one module.
 *
 * @param ok no parse, semantic or initialisation error
 * @param modules the modules SANY loaded, sorted by name
 * @param output SANY's text (where an error is)
 * @param crash what SANY threw, if it did
 */
public record ParseAnswer(boolean ok, List<String> modules, String output, Optional<String> crash) {
  public ParseAnswer {
    modules = List.copyOf(modules);
  }
}
