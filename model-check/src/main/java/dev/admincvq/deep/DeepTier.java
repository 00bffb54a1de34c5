package dev.admincvq.deep;

import dev.admincvq.matrix.ModelEntry;
import dev.admincvq.simulate.ConstantOverride;
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
 * @param bounds the bounds the overrides set, in the manifest's terms ({@code MaxVFs}, {@code
 *     CmdId} as the number of submissions, {@code MaxInc}); a design's own bounds where this names
 *     none
 */
public record DeepTier(
    String name,
    List<ConstantOverride> overrides,
    Optional<String> symmetry,
    Map<String, Integer> bounds) {
  public DeepTier {
    overrides = List.copyOf(overrides);
    bounds = Collections.unmodifiableMap(new LinkedHashMap<>(bounds));
  }

  /**
   * Issue 12's larger bounds: two VFs, three submissions, two generations per VF. MAC values are
   * model values permuted by {@code MacPerms} (MCAdminCvqActors says why that is sound).
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
        bounds);
  }

  /**
   * The designs' own bounds with only the MAC symmetry added: what shows that the symmetry changes
   * no verdict (DeepTierTest).
   */
  public static DeepTier symmetryOnly() {
    return new DeepTier(
        "quick bounds, MAC symmetry",
        List.of(ConstantOverride.parse("Mac={m1, m2}")),
        Optional.of("MacPerms"),
        Map.of());
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
}
