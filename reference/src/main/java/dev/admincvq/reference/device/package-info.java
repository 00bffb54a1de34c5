/**
 * The device: the PF with its SR-IOV capability and VF functions, the check it makes on admin
 * commands to VFs ({@link dev.admincvq.reference.device.StaleCheck}, one per {@code DeviceCheck}),
 * and the two faces it shows the drivers: {@link dev.admincvq.reference.device.PfRegisters} to the
 * management driver, {@link dev.admincvq.reference.device.VfFunction} to each VF's own driver.
 *
 * <p>Everything here is non-null unless annotated {@code @Nullable} (the Checker Framework's
 * default), and every value type is Error Prone {@code @Immutable}.
 */
package dev.admincvq.reference.device;
