/**
 * What crosses the class-loader boundary of a TLC run, in both directions: records of JDK types
 * only. This package is loaded by the application class loader alone; a run's loader ({@code
 * RunLoader}) delegates it there, so that the inside of a run and the outside share these classes.
 * Nothing here refers to TLC or to any other package of the project (an architecture test checks).
 *
 * <p>TLA+ values cross in a tagged form close to ITF (see {@link Binding}).
 */
package dev.admincvq.tlc.answer;
