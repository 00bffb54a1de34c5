package dev.admincvq.proof;

import java.util.List;

/**
 * One conjunct of the inductive invariant {@code IInv}, as {@code proofs/conjuncts.json} records
 * it: its number and definition name, why IInv has it ({@link Role}), the models that show it (by
 * name, from {@code proofs/models/manifest.json}), and a sentence on what they show.
 */
public record Conjunct(int number, String name, Role role, List<String> models, String note) {
  public Conjunct {
    models = List.copyOf(models);
  }

  /** Why IInv has the conjunct. */
  public enum Role {
    /** Without it IInv is not inductive: a model finds a counterexample to induction. */
    CTI("cti", "dropping it gives a counterexample to induction"),
    /**
     * Without it the rest is still inductive (no counterexample found), but IInv must imply it: it
     * is one of the properties the theorems are about.
     */
    GOAL("goal", "no counterexample to induction without it; IInv needs it to imply a property"),
    /**
     * Without it the rest is still inductive and still implies the properties; it fixes a variable
     * no other conjunct constrains, so that TLC can enumerate the states of IInv.
     */
    PINNING(
        "pinning",
        "no counterexample to induction without it; kept so that TLC can enumerate IInv");

    private final String label;
    private final String meaning;

    Role(String label, String meaning) {
      this.label = label;
      this.meaning = meaning;
    }

    public String label() {
      return label;
    }

    public String meaning() {
      return meaning;
    }

    static java.util.Optional<Role> of(String label) {
      return java.util.Arrays.stream(values()).filter(r -> r.label.equals(label)).findFirst();
    }
  }
}
