package compilefail;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import org.checkerframework.checker.nullness.qual.Nullable;

/** Compiles: the control case, so the other two fail for their own reason only. */
@Immutable
final class Clean {
  private final ImmutableList<String> names;

  Clean(ImmutableList<String> names) {
    this.names = names;
  }

  int length(@Nullable String s) {
    return s == null ? names.size() : s.length();
  }
}
