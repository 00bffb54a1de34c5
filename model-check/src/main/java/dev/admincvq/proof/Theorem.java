package dev.admincvq.proof;

import java.util.List;

/**
 * One theorem of {@code proofs/}, as {@code proofs/theorems.json} records it: where it is stated,
 * which models check it (by name, from {@code proofs/models/manifest.json}), what they check, and
 * what no tool here checks.
 */
public record Theorem(
    String name,
    String module,
    String statement,
    List<String> models,
    String checked,
    String unchecked) {
  public Theorem {
    models = List.copyOf(models);
  }
}
