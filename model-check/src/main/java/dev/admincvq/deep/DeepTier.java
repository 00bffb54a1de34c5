package dev.admincvq.deep;

import dev.admincvq.matrix.ModelEntry;
import dev.admincvq.review.ConfigFacts;
import dev.admincvq.simulate.ConstantOverride;
import dev.admincvq.simulate.DerivedConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a tier derives its models from the matrix's designs: constants bound otherwise, a symmetry,
 * and invariants only (TLC warns that symmetry can hide a liveness violation, so no tier that uses
 * one checks temporal properties).
 *
 * @param name the tier's name as reports print it
 * @param overrides the constants bound otherwise than in the design's configuration
 * @param symmetry the symmetry the tier's configurations name, a definition of the spec's MC module
 * @param vfSymmetry what the tier binds and names instead for a design whose NumVFs never changes
 *     ({@code NumVFsFixed = TRUE}): the VF ids as model values under a symmetry that permutes them
 *     too; none: every design as {@code overrides} and {@code symmetry} say
 * @param bounds the bounds the overrides set, in the manifest's terms ({@code MaxVFs}, {@code
 *     CmdId} as the number of submissions, {@code MaxInc}); a design's own bounds where this names
 *     none
 */
public record DeepTier(
    String name,
    List<ConstantOverride> overrides,
    Optional<String> symmetry,
    Optional<VfSymmetry> vfSymmetry,
    Map<String, Integer> bounds) {
  public DeepTier {
    overrides = List.copyOf(overrides);
    bounds = Collections.unmodifiableMap(new LinkedHashMap<>(bounds));
  }

  /**
   * The VF ids as model values: {@code additions} bind the spec's definitions ({@code VF}, {@code
   * Target}, {@code WithinNumVfs}), and {@code symmetry} replaces the tier's own symmetry. Sound
   * only where NumVFs never changes ({@code MCEveryVf} in MCAdminCvqActors.tla says why).
   */
  public record VfSymmetry(List<ConstantOverride> additions, String symmetry) {
    public VfSymmetry {
      additions = List.copyOf(additions);
    }
  }

  /**
   * Issue 12's larger bounds: two VFs, three submissions, two generations per VF. MAC values are
   * model values permuted by {@code MacPerms}; where NumVFs never changes, the VF ids are model
   * values too, permuted with the MAC values by {@code MacAndVfPerms} (MCAdminCvqActors says why
   * each is sound).
   */
  public static DeepTier twoVfsThreeSubmissions() {
    Map<String, Integer> bounds = new LinkedHashMap<>();
    bounds.put("MaxVFs", 2);
    bounds.put("CmdId", 3);
    bounds.put("MaxInc", 2);
    return new DeepTier(
        "deep",
        List.of(
            ConstantOverride.parse("MaxVFs<-TwoVFs"),
            ConstantOverride.parse("CmdId<-ThreeCmds"),
            ConstantOverride.parse("MaxInc=2"),
            ConstantOverride.parse("Mac={m1, m2}")),
        Optional.of("MacPerms"),
        Optional.of(vfModelValues("{v1, v2}", "{0, v1, v2}")),
        bounds);
  }

  /**
   * The designs' own bounds (one VF) with only the reductions added: MAC and VF ids as model
   * values, under the symmetries; what shows that they change no verdict (DeepTierTest).
   */
  public static DeepTier symmetryOnly() {
    return new DeepTier(
        "quick bounds, the deep tier's symmetries",
        List.of(ConstantOverride.parse("Mac={m1, m2}")),
        Optional.of("MacPerms"),
        Optional.of(vfModelValues("{v1}", "{0, v1}")),
        Map.of());
  }

  private static VfSymmetry vfModelValues(String vfs, String targets) {
    return new VfSymmetry(
        List.of(
            ConstantOverride.parse("VF=" + vfs),
            ConstantOverride.parse("Target=" + targets),
            ConstantOverride.parse("WithinNumVfs<-MCEveryVf")),
        "MacAndVfPerms");
  }

  /**
   * Whether {@code design}'s own bounds exceed this tier's in some constant (e.g. a design checked
   * at three generations per VF, where the tier has two): such a design is a bounds variant of
   * another design, and the tier's run of that other design is its run at the tier's bounds, so the
   * tier leaves it out.
   */
  public boolean exceededBy(ModelEntry design) {
    return bounds.entrySet().stream()
        .anyMatch(b -> design.bounds().getOrDefault(b.getKey(), 0) > b.getValue());
  }

  /** The bounds {@code design} is checked at in this tier. */
  public Map<String, Integer> boundsOf(ModelEntry design) {
    Map<String, Integer> out = new LinkedHashMap<>(design.bounds());
    out.putAll(bounds);
    return Collections.unmodifiableMap(out);
  }

  /**
   * Whether this tier permutes {@code design}'s VF ids: it has a VF symmetry and the design's
   * configuration assigns {@code NumVFsFixed = TRUE}.
   */
  public boolean permutesVfsOf(ModelEntry design) {
    return vfSymmetry.isPresent() && numVfsFixed(design);
  }

  /** The symmetry {@code design}'s configuration names in this tier. */
  public Optional<String> symmetryOf(ModelEntry design) {
    return permutesVfsOf(design) ? vfSymmetry.map(VfSymmetry::symmetry) : symmetry;
  }

  /**
   * {@code design}'s configuration in this tier: its constants bound as the tier says, the VF ids
   * as model values where {@link #permutesVfsOf}, invariants only.
   *
   * @throws IllegalArgumentException when the configuration does not bind a constant the tier
   *     overrides, or binds one it adds
   */
  public DerivedConfig configOf(ModelEntry design) {
    List<ConstantOverride> additions =
        permutesVfsOf(design) ? vfSymmetry.orElseThrow().additions() : List.of();
    return DerivedConfig.of(design.config(), overrides, additions, true, symmetryOf(design));
  }

  private static boolean numVfsFixed(ModelEntry design) {
    if (!Files.isRegularFile(design.config())) {
      return false; // the design's run says its configuration is missing
    }
    try {
      String text = Files.readString(design.config(), StandardCharsets.UTF_8);
      return "= TRUE".equals(ConfigFacts.parse(text).constants().get("NumVFsFixed"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + design.config(), e);
    }
  }
}
