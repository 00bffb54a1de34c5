package compilefail;

import org.checkerframework.checker.nullness.qual.Nullable;

/** Must NOT compile: the Nullness Checker reports dereference.of.nullable. */
final class NullDereference {
  static int length(@Nullable String s) {
    return s.length();
  }
}
