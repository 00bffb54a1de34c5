/**
 * The driver side: the PF's management driver submitting to the admin CVQ, the VFs' own drivers
 * submitting to their CVQs, collecting completions, and destroying or re-creating VFs under one of
 * the spec's three synchronisation policies ({@code DriverSync}), all in {@link
 * dev.admincvq.reference.v1.driver.Driver}.
 *
 * <p>Everything here is non-null unless annotated {@code @Nullable} (the Checker Framework's
 * default).
 */
package dev.admincvq.reference.v1.driver;
