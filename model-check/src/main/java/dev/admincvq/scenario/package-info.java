/**
 * Named scenarios: readable files of spec actions ({@code spec-tla/scenarios/*.scenario}), replayed
 * step by step on a model's state graph and, in lockstep, on the reference implementation, with
 * expected facts checked on the model's state where the file states them.
 */
package dev.admincvq.scenario;
