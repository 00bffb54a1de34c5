/**
 * Named scenarios: readable files of spec actions ({@code spec-tla/scenarios/*.scenario}), each
 * replayed step by step on the state graph of a model of the manifest, with expected values looked
 * up in the model's state and expected properties evaluated by TLC, from the spec's own
 * definitions, where the file states them.
 */
package dev.admincvq.scenario;
