/**
 * Which design option guarantees which property: each manifest model's properties checked as if on
 * their own, by the one per-property verdict engine ({@code review/ModelRuns}), and the table of
 * them ({@code ./admincvq matrix --properties}, the per-property table of docs/answer.md).
 */
package dev.admincvq.guarantee;
