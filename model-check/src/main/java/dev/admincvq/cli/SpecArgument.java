package dev.admincvq.cli;

import dev.admincvq.tlc.CheckRequest;
import java.nio.file.Path;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A {@code SPEC.tla[:CFG]} argument: the spec, and its configuration (the one after the colon, else
 * {@code --config}, else the spec's name with {@code .cfg}, beside it, as TLC does).
 */
record SpecArgument(Path spec, Path config) {
  static SpecArgument of(String arg, @Nullable Path config) {
    int colon = arg.lastIndexOf(':');
    boolean hasCfg = colon > 0 && arg.substring(colon + 1).endsWith(".cfg");
    Path specFile = Path.of(hasCfg ? arg.substring(0, colon) : arg);
    Path cfg =
        hasCfg
            ? Path.of(arg.substring(colon + 1))
            : config != null ? config : CheckRequest.defaultConfig(specFile);
    return new SpecArgument(specFile, cfg);
  }
}
