/**
 * The code of a TLC run that runs <em>inside</em> the run's own class loader, next to TLC's
 * classes: the only package of the project that imports TLC ({@code tlc2}, {@code tla2sany}, TLC's
 * {@code util}); an architecture test checks. Its entry points ({@link RunEntry}) take and answer
 * the JDK records of {@code dev.admincvq.tlc.answer}, the only classes the two sides share.
 */
package dev.admincvq.tlc.inside;
