/**
 * The findings of the published-text spec ({@code spec-tla/findings-adminvq.json}): each ambiguity,
 * contradiction, gap or defect of the virtio text, its readings, and the shortest counterexample
 * TLC finds for the model that shows it, rendered as JSON or as Markdown fit to paste into a
 * virtio-comment mail.
 */
package dev.admincvq.findings;
