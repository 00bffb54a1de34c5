package dev.admincvq.tlc.answer;

import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * What a run is started with.
 *
 * @param arguments TLC's command line (without {@code System.exit}), e.g. {@code -workers 1 -config
 *     M.cfg -metadir D M.tla}; empty for a parse
 * @param searchPath the directories searched for modules (and the configuration), in order
 * @param module the root module, absolute
 * @param stopRequested whether the run is asked to stop (an interrupt): TLC stops at its next state
 *     and nothing after its search runs
 */
public record RunInput(
    List<String> arguments, List<String> searchPath, String module, BooleanSupplier stopRequested) {
  public RunInput {
    arguments = List.copyOf(arguments);
    searchPath = List.copyOf(searchPath);
  }
}
