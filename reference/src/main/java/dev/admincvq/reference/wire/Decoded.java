package dev.admincvq.reference.wire;

import com.google.errorprone.annotations.Immutable;
import java.util.function.Function;
import org.checkerframework.checker.nullness.qual.NonNull;

/**
 * The result of decoding: a value or a {@link WireError}. Decoding never throws for malformed
 * input.
 *
 * @param <T> the decoded value's type
 */
@Immutable(containerOf = "T")
public sealed interface Decoded<T extends @NonNull Object> {

  /**
   * The decoded value transformed, or the same error.
   *
   * @param f applied to the value
   * @param <U> the new value's type
   * @return {@code Ok(f(value))} or {@code Err(error)}
   */
  <U extends @NonNull Object> Decoded<U> map(Function<? super T, ? extends U> f);

  /**
   * The bytes were valid.
   *
   * @param value what they encode
   * @param <T> its type
   */
  @Immutable(containerOf = "T")
  record Ok<T extends @NonNull Object>(T value) implements Decoded<T> {
    @Override
    public <U extends @NonNull Object> Decoded<U> map(Function<? super T, ? extends U> f) {
      return new Ok<>(f.apply(value));
    }
  }

  /**
   * The bytes were malformed.
   *
   * @param error why, and at which offset
   * @param <T> the type that was expected
   */
  @Immutable(containerOf = "T")
  record Err<T extends @NonNull Object>(WireError error) implements Decoded<T> {
    @Override
    public <U extends @NonNull Object> Decoded<U> map(Function<? super T, ? extends U> f) {
      return new Err<>(error);
    }
  }
}
