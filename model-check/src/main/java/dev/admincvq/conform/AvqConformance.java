package dev.admincvq.conform;

import dev.admincvq.reference.adminvq.AdminVqSystem;
import dev.admincvq.reference.trace.TraceSink;
import java.nio.file.Path;

/**
 * One model's conformance check on the reference implementation of {@code AdminVq} (the published
 * administration virtqueue, {@code reference/adminvq}): the model explored and covered ({@link
 * ExploredModel}), every path replayed on a fresh system built with the model's constants ({@link
 * AvqImplementation}).
 *
 * @param model the model explored ({@code MCAdminVq.tla} and a configuration)
 * @param settings the reference system's constants for this model
 */
public record AvqConformance(ExploredModel model, AvqSettings settings) {

  /**
   * Explores the model and builds the cover.
   *
   * @throws IllegalArgumentException if TLC cannot set the model up, or it is not a model of {@code
   *     AdminVq} with every constant the system needs assigned
   */
  public static AvqConformance of(Path spec, Path config) {
    ExploredModel model = ExploredModel.of(spec, config);
    return new AvqConformance(model, AvqSettings.of(model.configText(), model.initialState()));
  }

  /** A replayer of this model's paths on the reference implementation. */
  public PathReplayer replayer() {
    return AvqImplementation.replayer(
        model.graph(),
        () ->
            new AdminVqSystem(
                settings.options(), settings.listed(), settings.prepared(), TraceSink.NONE));
  }

  /** Replays every path of the cover and reports. */
  public ConformanceReport run() {
    return model.replay(settings.named(), replayer());
  }
}
