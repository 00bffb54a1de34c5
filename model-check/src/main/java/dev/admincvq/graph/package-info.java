/** A model's reachable state graph (from TLC's evaluator) and a set of paths covering its edges. */
package dev.admincvq.graph;
