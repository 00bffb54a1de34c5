/**
 * Model-to-implementation conformance: paths covering a model's state graph, replayed in lockstep
 * on the reference implementation ({@code dev.admincvq.reference}, of {@code AdminCvqActors}),
 * compared state by state through an abstraction of the implementation's state into the spec's
 * variables. {@code v1/} replays models of the earlier {@code AdminCvq} on {@code
 * dev.admincvq.reference.v1}, for the named scenarios and the benchmark.
 */
package dev.admincvq.conform;
