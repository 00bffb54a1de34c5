package dev.admincvq.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Random walks over every actor's actions, the spec's invariants checked after every step: where
 * the model checker finds a design safe the walks find no violation, where it finds a
 * counterexample the walks find one too.
 */
class RandomWalkTest {

  private static final int WALKS = 300;
  private static final int STEPS = 60;

  /** The first violation of a walk, with the actions that led to it; empty if none. */
  private static Optional<String> walk(
      Options options, RandomActions actions, RandomGenerator random, EnumSet<SpecAction> taken) {
    Machine m = new Machine(options);
    List<SpecAction> path = new ArrayList<>();
    for (int i = 0; i < STEPS; i++) {
      Optional<SpecAction> a = actions.step(m, random);
      if (a.isEmpty()) {
        break;
      }
      path.add(a.get());
      taken.add(a.get());
      ImmutableList<Invariants.Violation> v = Invariants.check(m.snapshot());
      if (!v.isEmpty()) {
        return Optional.of(v + " after " + path);
      }
    }
    return Optional.empty();
  }

  private static List<String> violations(
      Options options, RandomActions actions, EnumSet<SpecAction> taken) {
    RandomGenerator random = new SplittableRandom(20260412L);
    List<String> found = new ArrayList<>();
    for (int i = 0; i < WALKS; i++) {
      walk(options, actions, random, taken).ifPresent(found::add);
    }
    return found;
  }

  @Test
  void drainWithTheInFlightCheckKeepsEveryInvariantWhenAVfResetKeepsItsConfig() {
    Options safe = Options.of(2, DriverSync.DRAIN, DeviceCheck.IN_FLIGHT).withNumVfsFixed(false);
    EnumSet<SpecAction> taken = EnumSet.noneOf(SpecAction.class);
    List<String> found = violations(safe, new RandomActions(5, 4), taken);
    if (!found.isEmpty()) {
      fail(found.size() + " walks violate an invariant; the first: " + found.get(0));
    }
    assertEquals(
        EnumSet.complementOf(EnumSet.of(SpecAction.DRIVER_LEARN_VF_RESET)),
        taken,
        "every action taken on some walk but DriverLearnVfReset: a reset that keeps the config sends no notification");
  }

  @Test
  void barrierWithTheMemberGenerationKeepsEveryInvariantWithinTheModelsBounds() {
    Options safe =
        Options.of(1, DriverSync.BARRIER, DeviceCheck.WIRE_GEN).withVfResetKeepsConfig(false);
    EnumSet<SpecAction> taken = EnumSet.noneOf(SpecAction.class);
    List<String> found = violations(safe, new RandomActions(2, 2), taken);
    assertEquals(List.of(), found);
    assertEquals(EnumSet.allOf(SpecAction.class), taken, "every action taken on some walk");
  }

  @Test
  void withoutSafeguardsTheWalksFindAStaleEffect() {
    Options unsafe = Options.of(1, DriverSync.NONE, DeviceCheck.NONE);
    List<String> found =
        violations(unsafe, new RandomActions(4, 3), EnumSet.noneOf(SpecAction.class));
    assertTrue(found.stream().anyMatch(f -> f.contains("NoStaleEffect")), found.toString());
  }

  @Test
  void virtio13sRulesLetAStaleEffectThroughAVfResetThatRecreatesTheVf() {
    Options virtio13 =
        Options.of(1, DriverSync.VIRTIO13, DeviceCheck.VIRTIO13).withVfResetKeepsConfig(false);
    List<String> found =
        violations(virtio13, new RandomActions(4, 3), EnumSet.noneOf(SpecAction.class));
    assertTrue(found.stream().anyMatch(f -> f.contains("NoStaleEffect")), found.toString());
  }
}
