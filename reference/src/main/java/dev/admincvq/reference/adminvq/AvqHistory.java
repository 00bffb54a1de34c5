package dev.admincvq.reference.adminvq;

import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The spec's history variables ({@code historyVars}) as ghost state: steps write them, no action
 * reads them; they exist so that the properties (and conformance) can be checked.
 */
public final class AvqHistory {
  private final Map<Integer, Integer> inc = new TreeMap<>();
  private final Map<Integer, Integer> meantInc = new TreeMap<>();
  private final Map<Integer, Integer> effectInc = new TreeMap<>();
  private final Set<Integer> abandoned = new TreeSet<>();
  private final Set<Integer> givenUp = new TreeSet<>();
  private final Map<Integer, Integer> completions = new TreeMap<>();
  private final Map<Integer, Integer> lastSet = new TreeMap<>();
  private final Set<Integer> staleResume = new TreeSet<>();
  private final Map<Integer, Integer> created = new TreeMap<>();

  /** Every member id's first incarnation. */
  AvqHistory(int maxVfs) {
    for (int n = 1; n <= maxVfs; n++) {
      inc.put(n, 1);
    }
  }

  void newIncarnation(int n) {
    inc.merge(n, 1, Integer::sum);
  }

  void submitted(int c, int member) {
    meantInc.put(c, inc.getOrDefault(member, 0));
  }

  void completed(int c) {
    completions.merge(c, 1, Integer::sum);
  }

  void changed(int c, int member) {
    effectInc.put(c, inc(member));
  }

  void abandoned(Set<Integer> cs) {
    abandoned.addAll(cs);
  }

  void givenUp(Set<Integer> cs) {
    givenUp.addAll(cs);
  }

  void partsSet(int n, int value) {
    lastSet.put(n, value);
  }

  void noSet(int n) {
    lastSet.remove(n);
  }

  void staleResume(int c) {
    staleResume.add(c);
  }

  void objectCreated(int id) {
    created.merge(id, 1, Integer::sum);
  }

  /** {@code created[o]}: how many times an object with id {@code o} was created. */
  public int created(int o) {
    return created.getOrDefault(o, 0);
  }

  /** {@code inc[n]}. */
  public int inc(int n) {
    return inc.getOrDefault(n, 0);
  }

  /** {@code meantInc[c]}. */
  public int meantInc(int c) {
    return meantInc.getOrDefault(c, 0);
  }

  /** {@code effectInc[c]}; empty for {@code NoEffect}. */
  public OptionalInt effectInc(int c) {
    Integer i = effectInc.get(c);
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /** {@code abandoned}. */
  public Set<Integer> abandoned() {
    return Set.copyOf(abandoned);
  }

  /** {@code givenUp}. */
  public Set<Integer> givenUp() {
    return Set.copyOf(givenUp);
  }

  /** {@code completions[c]}. */
  public int completions(int c) {
    return completions.getOrDefault(c, 0);
  }

  /** {@code lastSet[n]}; empty for {@code NoSet}. */
  public OptionalInt lastSet(int n) {
    Integer v = lastSet.get(n);
    return v == null ? OptionalInt.empty() : OptionalInt.of(v);
  }

  /** {@code staleResume}. */
  public Set<Integer> staleResume() {
    return Set.copyOf(staleResume);
  }
}
