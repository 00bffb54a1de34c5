package dev.admincvq.tlc.answer;

/**
 * A name bound to a TLA+ value: a state's variable, or an action's parameter.
 *
 * <p>The value is in the tagged form: a {@code Boolean}; a {@code String}; an {@code Integer}
 * (values sent into a run: an integer that fits one); or a map of one entry, {@code {"#bigint":
 * "n"}}, {@code {"#set": [..]}}, {@code {"#seq": [..]}}, {@code {"#map": [[k, v], ..]}}, {@code
 * {"#rec": [[name, v], ..]}}, {@code {"#modelValue": name}} or {@code {"#opaque": text}}, whose
 * lists hold values in the same form (and {@code [k, v]} pairs are two-element lists). Equal values
 * of one run may be one object, so that a decoder can decode each once.
 *
 * @param name the variable or parameter
 * @param value its value, tagged
 */
public record Binding(String name, Object value) {}
