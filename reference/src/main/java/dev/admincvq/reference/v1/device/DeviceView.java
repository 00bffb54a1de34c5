package dev.admincvq.reference.v1.device;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.errorprone.annotations.Immutable;
import dev.admincvq.reference.v1.CmdId;
import dev.admincvq.reference.v1.DeviceCmd;
import dev.admincvq.reference.v1.Effect;
import dev.admincvq.reference.v1.TargetConfig;
import dev.admincvq.reference.v1.VfState;

/**
 * The device's variables at one instant (see {@link Device#view()}); the driver adds its own to
 * make a {@link dev.admincvq.reference.v1.AbstractState}.
 *
 * @param vfEnable {@code vfEnable}
 * @param vfState {@code vfState}
 * @param inc {@code inc}
 * @param devConfig the spec's devMac, with the RX mode
 * @param trusted {@code trusted}
 * @param cmd {@code cmd} without {@code seen} and {@code preBarrier}
 * @param adminQ {@code adminQ}
 * @param inflight {@code inflight}
 * @param vfq {@code vfq}
 * @param effects {@code effects}
 * @param completions {@code completions}
 */
@Immutable
public record DeviceView(
    boolean vfEnable,
    ImmutableSortedMap<Integer, VfState> vfState,
    ImmutableSortedMap<Integer, Integer> inc,
    ImmutableSortedMap<Integer, TargetConfig> devConfig,
    ImmutableSortedMap<Integer, Boolean> trusted,
    ImmutableSortedMap<CmdId, DeviceCmd> cmd,
    ImmutableList<CmdId> adminQ,
    ImmutableList<CmdId> inflight,
    ImmutableSortedMap<Integer, ImmutableList<CmdId>> vfq,
    ImmutableSet<Effect> effects,
    ImmutableSortedMap<CmdId, Integer> completions) {}
