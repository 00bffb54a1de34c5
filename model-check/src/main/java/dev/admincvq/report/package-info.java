/**
 * Renderings of results for people (tables, numbered counterexamples) and for tools (JSON, ITF).
 */
package dev.admincvq.report;
