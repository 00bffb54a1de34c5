package dev.admincvq.properties;

/**
 * One model that checks a property, and what its manifest says it shows about it.
 *
 * @param model the model's name
 * @param manifest the manifest that records it, relative to the project root
 * @param outcome what the model's recorded outcome decides about the property
 * @param theorem the theorem of {@code proofs/theorems.json} through which the model checks the
 *     property ({@code ""} when its configuration names the property itself)
 */
public record ModelCheck(String model, String manifest, Outcome outcome, String theorem) {

  /** What a model's recorded outcome says about a property it checks. */
  public enum Outcome {
    /** The model succeeds: the property holds on its bounds. */
    HOLDS("holds"),
    /** The model fails with a counterexample to this property. */
    VIOLATED("violated"),
    /** The model stops at a counterexample to another property first: nothing decided. */
    UNDECIDED("undecided");

    private final String label;

    Outcome(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Whether the model's outcome decides the property (it holds or is violated). */
  public boolean decides() {
    return outcome != Outcome.UNDECIDED;
  }
}
