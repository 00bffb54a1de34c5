package compilefail;

import com.google.errorprone.annotations.Immutable;

/** Must NOT compile: Error Prone's Immutable check rejects a non-final field. */
@Immutable
final class MutableImmutable {
  int count;
}
