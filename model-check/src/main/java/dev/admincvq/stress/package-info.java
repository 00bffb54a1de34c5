/**
 * The stress driver: the reference implementation run by many driver threads, a device thread and
 * a thread churning SR-IOV and DEVICE_NEEDS_RESET, each run traced to an NDJSON file for trace
 * validation ({@code dev.admincvq.validate}).
 */
package dev.admincvq.stress;
