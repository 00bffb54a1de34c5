/**
 * The generic administration virtqueue of virtio 1.3 / 1.4 as {@code spec-tla/AdminVq.tla} models
 * it, in plain Java: the owner device with its Self and SR-IOV groups ({@link
 * dev.admincvq.reference.adminvq.AvqDevice}), the owner driver ({@link
 * dev.admincvq.reference.adminvq.OwnerDriver}), a member's driver ({@link
 * dev.admincvq.reference.adminvq.MemberDriver}), the buffers they share ({@link
 * dev.admincvq.reference.adminvq.AdminQueues}: the bytes of {@code struct virtio_admin_cmd}, {@code
 * wire/}), and the spec's history variables as ghost state ({@link
 * dev.admincvq.reference.adminvq.AvqHistory}), written by steps and read by no action. {@link
 * dev.admincvq.reference.adminvq.AdminVqSystem} puts one owner device together.
 *
 * <p>Each public method that implements a spec action is named for it ({@code deviceTake}
 * implements {@code AdminVq!DeviceTake}); it takes the step if the action is enabled and returns
 * empty, or returns the {@link dev.admincvq.reference.adminvq.AvqRefusal} and changes nothing. The
 * readings the spec leaves open are {@link dev.admincvq.reference.adminvq.AvqOptions}. One thread
 * drives a system (the steps are atomic as the spec's are).
 *
 * <p>Separate from the {@code AdminCvqActors} implementation of the parent package: nothing is
 * shared but the style. Everything here is non-null unless annotated {@code @Nullable}.
 */
package dev.admincvq.reference.adminvq;
