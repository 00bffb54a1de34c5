package dev.admincvq.reference.adminvq.wire;

import com.google.errorprone.annotations.Immutable;
import org.checkerframework.checker.nullness.qual.NonNull;

/**
 * The result of decoding: a value or a {@link CmdWireError}. Decoding never throws for malformed
 * input.
 *
 * @param <T> the decoded value's type
 */
@Immutable(containerOf = "T")
public sealed interface CmdDecoded<T extends @NonNull Object> {

  /**
   * The bytes were valid.
   *
   * @param value what they encode
   * @param <T> its type
   */
  @Immutable(containerOf = "T")
  record Ok<T extends @NonNull Object>(T value) implements CmdDecoded<T> {}

  /**
   * The bytes were malformed.
   *
   * @param error why, and at which offset
   * @param <T> the type that was expected
   */
  @Immutable(containerOf = "T")
  record Err<T extends @NonNull Object>(CmdWireError error) implements CmdDecoded<T> {}
}
