package dev.admincvq.validate;

import dev.admincvq.model.TlaValue;

/**
 * One event of a trace file.
 *
 * @param line its line in the file (1-based)
 * @param action the spec action it names
 * @param record the event as a TLA+ record: {@code action} and every field but {@code seq}
 * @param text the line as written
 */
public record LoggedEvent(int line, String action, TlaValue.Rec record, String text) {}
