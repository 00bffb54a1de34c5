package dev.admincvq.tlc.answer;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What SANY made of one module.
 *
 * @param ok no parse, semantic or initialisation error
 * @param modules the modules SANY loaded, sorted by name
 * @param output SANY's text (where an error is)
 * @param crash what SANY threw, if it did
 * @param constantDefinitions the module's definitions without parameters (its own and those of the
 *     modules it extends; not TLC's standard modules'), each name with its body as SANY reads it
 *     (tokens separated by single spaces); empty when the module did not parse
 */
public record ParseAnswer(
    boolean ok,
    List<String> modules,
    String output,
    Optional<String> crash,
    Map<String, String> constantDefinitions) {
  public ParseAnswer {
    modules = List.copyOf(modules);
    constantDefinitions = Map.copyOf(constantDefinitions);
  }
}
