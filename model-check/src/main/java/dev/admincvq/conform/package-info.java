/**
 * Model-to-implementation conformance: paths covering a model's state graph, replayed in lockstep
 * on the reference implementation ({@code dev.admincvq.reference}, of {@code AdminCvqActors}),
 * compared state by state through an abstraction of the implementation's state into the spec's
 * variables.
 */
package dev.admincvq.conform;
