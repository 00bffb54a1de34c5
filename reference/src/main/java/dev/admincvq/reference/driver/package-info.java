/**
 * The management driver: the PF's driver in the host, which owns the admin CVQ, writes the PF's
 * SR-IOV registers and learns of VF resets only through notifications, under one of the rule sets
 * of {@code DriverSync}.
 *
 * <p>Everything here is non-null unless annotated {@code @Nullable} (the Checker Framework's
 * default), and every value type is Error Prone {@code @Immutable}.
 */
package dev.admincvq.reference.driver;
