package dev.admincvq.matrix;

import dev.admincvq.model.Verdict;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.StringJoiner;

/**
 * One model of the manifest: which spec and configuration, which design options it binds, and what
 * checking it must give.
 *
 * @param name the model's name, e.g. {@code MC_drain_incarnation_inorder}
 * @param spec the root module, resolved against the manifest's directory's parent
 * @param config the configuration
 * @param libraryPaths directories searched for the modules the spec extends, besides its own
 * @param options the design options the configuration binds ({@code DriverSync}, ...), in order
 * @param bounds the model's bounds, constant name to value ({@code MaxVFs}, {@code CmdId} as the
 *     number of submissions, {@code MaxInc}), in order
 * @param inMatrix whether the model is one of the design-option matrix (else it isolates one fact)
 * @param expected the verdict it must give
 * @param violated the property it must violate, if any
 * @param distinctStates expected distinct states with one worker
 * @param totalStates expected states generated with one worker
 * @param stateDepth expected search depth
 * @param traceLength expected counterexample length (states), if any
 * @param why one sentence: why that is the expected outcome
 * @param guarantees for a design-option model, each property's recorded verdict as if checked on
 *     its own ({@code ok} or {@code NO (n)}, as {@code matrix --properties} prints it); empty when
 *     not recorded
 */
public record ModelEntry(
    String name,
    Path spec,
    Path config,
    List<Path> libraryPaths,
    Map<String, String> options,
    Map<String, Integer> bounds,
    boolean inMatrix,
    Verdict expected,
    Optional<String> violated,
    long distinctStates,
    long totalStates,
    int stateDepth,
    OptionalInt traceLength,
    String why,
    Map<String, String> guarantees) {
  public ModelEntry {
    libraryPaths = List.copyOf(libraryPaths);
    options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    bounds = Collections.unmodifiableMap(new LinkedHashMap<>(bounds));
    guarantees = Collections.unmodifiableMap(new LinkedHashMap<>(guarantees));
  }

  /** The options as {@code none / drain / in order}, in manifest order. */
  public String optionsText() {
    return String.join(" / ", options.values());
  }

  /** The bounds as {@code MaxVFs 1, CmdId 2, MaxInc 2}, in manifest order. */
  public String boundsText() {
    StringJoiner out = new StringJoiner(", ");
    bounds.forEach((name, value) -> out.add(name + " " + value));
    return out.toString();
  }
}
