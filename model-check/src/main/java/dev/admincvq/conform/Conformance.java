package dev.admincvq.conform;

import dev.admincvq.reference.Options;
import java.nio.file.Path;

/**
 * One model's conformance check on the reference implementation of {@code AdminCvqActors}: the
 * model explored and covered ({@link ExploredModel}), every path replayed on a fresh machine built
 * with the model's constants ({@link ActorsImplementation}).
 *
 * @param model the model explored
 * @param options the reference machine's options for this model
 */
public record Conformance(ExploredModel model, Options options) {

  /**
   * Explores the model and builds the cover.
   *
   * @throws IllegalArgumentException if TLC cannot set the model up, or it is not a model of {@code
   *     AdminCvqActors} with every constant the machine needs assigned
   */
  public static Conformance of(Path spec, Path config) {
    ExploredModel model = ExploredModel.of(spec, config);
    return new Conformance(model, ModelSettings.of(model.configText(), model.initialState()));
  }

  /** A replayer of this model's paths on the reference implementation. */
  public PathReplayer replayer() {
    return ActorsImplementation.replayer(model.graph(), options);
  }

  /** Replays every path of the cover and reports. */
  public ConformanceReport run() {
    return model.replay(ModelSettings.named(options), replayer());
  }
}
