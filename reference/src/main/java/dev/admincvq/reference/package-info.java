/**
 * The reference implementation of {@code spec-tla/AdminCvqActors.tla}: plain Java, no TLC.
 *
 * <p>Three kinds of actor, each its own object reading only what its view in the spec holds: the
 * management driver ({@code driver/}, the spec's {@code Driver...} actions), each VF's own driver
 * ({@code vfdriver/}, {@code VfDriver...}) and the device ({@code device/}, {@code Device...} and
 * the reactions to register writes). They meet in shared memory ({@code shared/}: buffers, the
 * admin CVQ, the VFs' CVQs, notifications) and the device's registers; {@code wire/} is the codec
 * of the buffers, with this project's proposed {@code member_generation} field; {@code history/} is
 * the ghost state the properties read; {@code trace/} the NDJSON trace. {@link
 * dev.admincvq.reference.Machine} puts one PF together and says how it is locked. Each Java method
 * implementing a spec action is named for it ({@link
 * dev.admincvq.reference.SpecAction#methodName()}).
 *
 * <p>Everything here is non-null unless annotated {@code @Nullable} (the Checker Framework's
 * default), and every value type is Error Prone {@code @Immutable}.
 */
package dev.admincvq.reference;
