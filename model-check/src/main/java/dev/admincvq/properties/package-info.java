/**
 * Traceability, generated from the sources: each property of the spec, the statement of the thread
 * or of the virtio spec its comment quotes, the models that check it (from the models'
 * configurations, manifests and {@code proofs/theorems.json}) and the tests that assert it (from
 * the test sources). Nothing here is kept by hand.
 */
package dev.admincvq.properties;
