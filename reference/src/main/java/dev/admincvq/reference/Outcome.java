package dev.admincvq.reference;

import com.google.errorprone.annotations.Immutable;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.NonNull;

/**
 * The outcome of asking for one spec action: it was taken (one atomic step), or it was not enabled
 * and the state is unchanged. A replay drives actions one at a time and learns which.
 *
 * @param <T> what a taken action yields
 */
@Immutable(containerOf = "T")
public sealed interface Outcome<T extends @NonNull Object> {

  /** The value of a taken action, or empty if it was refused. */
  Optional<T> value();

  /** Whether the action was taken. */
  default boolean taken() {
    return value().isPresent();
  }

  /**
   * The action was taken.
   *
   * @param result what it yields
   * @param <T> its type
   */
  @Immutable(containerOf = "T")
  record Done<T extends @NonNull Object>(T result) implements Outcome<T> {
    @Override
    public Optional<T> value() {
      return Optional.of(result);
    }
  }

  /**
   * The action was not enabled; nothing changed.
   *
   * @param refusal which action and why
   * @param <T> what it would have yielded
   */
  @Immutable(containerOf = "T")
  record Refused<T extends @NonNull Object>(Refusal refusal) implements Outcome<T> {
    @Override
    public Optional<T> value() {
      return Optional.empty();
    }
  }

  /** A refusal of {@code action} for {@code reason}. */
  static <T extends @NonNull Object> Outcome<T> refused(SpecAction action, String reason) {
    return new Refused<>(new Refusal(action, reason));
  }
}
