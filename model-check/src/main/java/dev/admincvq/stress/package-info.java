/**
 * The stress driver: the reference implementation of {@code AdminCvqActors} run by many
 * management-driver threads, a device thread, a thread per VF driver resetting its VF unannounced
 * and a thread churning SR-IOV and DEVICE_NEEDS_RESET, each run traced to an NDJSON file for trace
 * validation ({@code dev.admincvq.validate}).
 */
package dev.admincvq.stress;
