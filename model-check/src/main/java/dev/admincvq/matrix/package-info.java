/**
 * The design-option matrix: the manifest of expected verdicts, and checking every model against it.
 */
package dev.admincvq.matrix;
