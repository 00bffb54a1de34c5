package dev.admincvq.reference.adminvq;

import dev.admincvq.reference.adminvq.wire.AdminCmdCodec;
import dev.admincvq.reference.adminvq.wire.AdminResult;
import dev.admincvq.reference.adminvq.wire.AdminStatus;
import dev.admincvq.reference.adminvq.wire.CmdDecoded;
import dev.admincvq.reference.adminvq.wire.Opcode;
import dev.admincvq.reference.adminvq.wire.StatusQualifier;
import java.util.Set;

/**
 * The wire's numbers by {@code AdminVq.tla}'s names, for trace events and the abstraction of the
 * implementation's state: {@code LEGACY_DEV_CFG_WRITE} is the spec's {@code "CFG_WRITE"}; a status
 * other than OK, EAGAIN, EINVAL, ENXIO, EBUSY, ENOSPC and EEXIST is {@code "EUNNAMED"} (the status
 * table's "other"; this implementation's {@link AvqDevice#PARTS_SET_REFUSED} for a DEV_PARTS_SET
 * the device refuses); a qualifier the spec does not name is {@code "Q_UNNAMED"}.
 */
public final class AvqSpecNames {
  private AvqSpecNames() {}

  private static final Set<AdminStatus> NAMED_STATUS =
      Set.of(
          AdminStatus.OK,
          AdminStatus.EAGAIN,
          AdminStatus.EINVAL,
          AdminStatus.ENXIO,
          AdminStatus.EBUSY,
          AdminStatus.ENOSPC,
          AdminStatus.EEXIST);

  private static final Set<StatusQualifier> NAMED_QUALIFIERS =
      Set.of(
          StatusQualifier.Q_OK,
          StatusQualifier.Q_INVALID_OPCODE,
          StatusQualifier.Q_INVALID_GROUP,
          StatusQualifier.Q_INVALID_MEMBER,
          StatusQualifier.Q_TRYAGAIN);

  /** The spec's opcode name ({@code OpName}). */
  public static String op(Opcode op) {
    return op == Opcode.LEGACY_DEV_CFG_WRITE ? "CFG_WRITE" : op.name();
  }

  /** The spec's {@code status} for the number {@code code}. */
  public static String status(int code) {
    return AdminStatus.of(code).filter(NAMED_STATUS::contains).map(Enum::name).orElse("EUNNAMED");
  }

  /** The spec's {@code status_qualifier} for the number {@code code}. */
  public static String qualifier(int code) {
    return StatusQualifier.of(code)
        .filter(NAMED_QUALIFIERS::contains)
        .map(Enum::name)
        .orElse("Q_UNNAMED");
  }

  /**
   * A used buffer's result bytes decoded, as the spec's {@code [status, qual]}; {@code undecodable:
   * why} for both when they do not decode.
   */
  public static Result result(byte[] bytes) {
    CmdDecoded<AdminResult> d = AdminCmdCodec.decodeResult(bytes);
    if (!(d instanceof CmdDecoded.Ok<AdminResult> ok)) {
      String why = "undecodable: " + ((CmdDecoded.Err<AdminResult>) d).error().message();
      return new Result(why, why);
    }
    return new Result(status(ok.value().status()), qualifier(ok.value().statusQualifier()));
  }

  /**
   * A result by the spec's names.
   *
   * @param status {@code status}: "OK", "EAGAIN", "EINVAL", "ENXIO", "EBUSY", "ENOSPC", "EEXIST",
   *     "EUNNAMED"
   * @param qual {@code status_qualifier}: "Q_OK", "Q_INVALID_OPCODE", ...
   */
  public record Result(String status, String qual) {}
}
