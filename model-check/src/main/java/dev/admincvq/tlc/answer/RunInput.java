package dev.admincvq.tlc.answer;

import java.util.List;

/**
 * What a run is started with.
 *
 * @param arguments TLC's command line (without {@code System.exit}), e.g. {@code -workers 1 -config
 *     M.cfg -metadir D M.tla}; empty for a parse
 * @param searchPath the directories searched for modules (and the configuration), in order
 * @param module the root module, absolute
 */
public record RunInput(List<String> arguments, List<String> searchPath, String module) {
  public RunInput {
    arguments = List.copyOf(arguments);
    searchPath = List.copyOf(searchPath);
  }
}
