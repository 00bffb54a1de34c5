package dev.admincvq.reference.v1;

import com.google.errorprone.annotations.Immutable;
import dev.admincvq.reference.v1.wire.CtrlCommand;
import dev.admincvq.reference.v1.wire.Mac;

/**
 * The device's config of one target (the PF or a VF). The spec models only the MAC ({@code
 * devMac}); the RX mode flags are kept for completeness and are outside the abstraction.
 *
 * @param mac the MAC address ({@code devMac[t]})
 * @param promisc {@code VIRTIO_NET_CTRL_RX_PROMISC}
 * @param allmulti {@code VIRTIO_NET_CTRL_RX_ALLMULTI}
 */
@Immutable
public record TargetConfig(Mac mac, boolean promisc, boolean allmulti) {

  /** The config after creation or reset: {@code DefaultMac}, RX flags off. */
  public static final TargetConfig DEFAULT = new TargetConfig(Mac.DEFAULT, false, false);

  /**
   * The config after obeying {@code command}; a trust command changes no config.
   *
   * @param command the command obeyed
   * @return the new config
   */
  public TargetConfig after(CtrlCommand command) {
    if (command instanceof CtrlCommand.SetMac m) {
      return new TargetConfig(m.mac(), promisc, allmulti);
    }
    if (command instanceof CtrlCommand.SetRxMode r) {
      return switch (r.flag()) {
        case PROMISC -> new TargetConfig(mac, r.on(), allmulti);
        case ALLMULTI -> new TargetConfig(mac, promisc, r.on());
      };
    }
    return this;
  }
}
