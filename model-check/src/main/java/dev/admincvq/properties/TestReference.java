package dev.admincvq.properties;

/**
 * A test that asserts a property.
 *
 * @param test the test class, or {@code Class.method} when the property is named in one test method
 * @param how why it counts: {@code names it} or {@code asserts the recorded outcome of every model
 *     of <manifest>}
 */
public record TestReference(String test, String how) {}
