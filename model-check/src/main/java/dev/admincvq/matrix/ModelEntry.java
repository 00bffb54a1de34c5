package dev.admincvq.matrix;

import dev.admincvq.model.Verdict;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One model of the manifest: which spec and configuration, which design options it binds, and
 * what checking it must give.
 *
 * @param name the model's name, e.g. {@code MC_drain_incarnation_inorder}
 * @param spec the root module, resolved against the manifest's directory's parent
 * @param config the configuration
 * @param libraryPaths directories searched for the modules the spec extends, besides its own
 * @param options the design options the configuration binds ({@code DriverSync}, ...), in order
 * @param inMatrix whether the model is one of the design-option matrix (else it isolates one fact)
 * @param expected the verdict it must give
 * @param violated the property it must violate, if any
 * @param distinctStates expected distinct states with one worker
 * @param totalStates expected states generated with one worker
 * @param stateDepth expected search depth
 * @param traceLength expected counterexample length (states), if any
 * @param why one sentence: why that is the expected outcome
 */
public record ModelEntry(
    String name,
    Path spec,
    Path config,
    List<Path> libraryPaths,
    Map<String, String> options,
    boolean inMatrix,
    Verdict expected,
    Optional<String> violated,
    long distinctStates,
    long totalStates,
    int stateDepth,
    OptionalInt traceLength,
    String why) {
  public ModelEntry {
    libraryPaths = List.copyOf(libraryPaths);
    options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
  }

  /** The options as {@code none / drain / in order}, in manifest order. */
  public String optionsText() {
    return String.join(" / ", options.values());
  }
}
