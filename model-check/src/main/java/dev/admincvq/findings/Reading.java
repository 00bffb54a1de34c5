package dev.admincvq.findings;

/**
 * One reading of a finding's text, encoded as an option of the spec.
 *
 * @param constant the spec's constant that selects the reading ({@code Ordering})
 * @param value the value that selects it ({@code complete})
 * @param meaning what the text means under this reading, in one sentence
 * @param model the model of the manifest that binds it
 */
public record Reading(String constant, String value, String meaning, String model) {}
