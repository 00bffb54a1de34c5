package dev.admincvq.conform;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The specs whose models conformance replays on the reference implementation: each with its bounded
 * root module, its folder of models and the model replayed when none is named.
 */
public enum ConformSpec {
  /**
   * {@code AdminCvqActors.tla} on {@code reference/}'s machine; {@code drops_barrier_wireGen}: the
   * safe design barrier + wireGen where a VF reset re-creates the VF, every action of the spec an
   * edge of its graph.
   */
  ACTORS(
      "actors", "spec-tla/MCAdminCvqActors.tla", "spec-tla/models/actors", "drops_barrier_wireGen"),
  /**
   * {@code AdminVq.tla} (the published admin virtqueue) on {@code reference/adminvq}; no model
   * takes every action of the spec alone ({@code AdminVqConformanceTest} replays all 28), {@code
   * member_flr_holds_answer} takes the most: submission, the device taking, holding a DEV_MODE_SET
   * or DEV_PARTS_SET while the member's FLR is in progress and answering it after, the FLR and its
   * completion, the owner driver reaping.
   */
  ADMINVQ(
      "adminvq", "spec-tla/MCAdminVq.tla", "spec-tla/models/adminvq", "member_flr_holds_answer");

  private final String optionName;
  private final String rootModule;
  private final String modelFolder;
  private final String defaultModel;

  ConformSpec(String optionName, String rootModule, String modelFolder, String defaultModel) {
    this.optionName = optionName;
    this.rootModule = rootModule;
    this.modelFolder = modelFolder;
    this.defaultModel = defaultModel;
  }

  /** The spec named {@code name} ({@code actors}, {@code adminvq}), if any. */
  public static Optional<ConformSpec> named(String name) {
    return Arrays.stream(values()).filter(s -> s.optionName.equals(name)).findFirst();
  }

  /** Its name on the command line. */
  public String optionName() {
    return optionName;
  }

  /** The model replayed when none is named. */
  public String defaultModel() {
    return defaultModel;
  }

  /** The bounded root module, under the project's {@code root}. */
  public Path rootModule(Path root) {
    return root.resolve(rootModule);
  }

  /**
   * A model by name ({@code keeps_drain_inFlight}) under {@code root}, or a {@code .cfg} path as
   * given.
   */
  public Path config(Path root, String model) {
    return model.endsWith(".cfg")
        ? Path.of(model)
        : root.resolve(modelFolder).resolve(model + ".cfg");
  }

  /**
   * Explores the model, covers its edges and replays every path on the implementation of this spec.
   *
   * @throws IllegalArgumentException if TLC cannot set the model up, or it is not a model of this
   *     spec with every constant the implementation needs assigned
   */
  public ConformanceReport run(Path spec, Path config) {
    return switch (this) {
      case ACTORS -> Conformance.of(spec, config).run();
      case ADMINVQ -> AvqConformance.of(spec, config).run();
    };
  }
}
