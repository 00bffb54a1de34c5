package dev.admincvq.matrix;

import dev.admincvq.tlc.CheckRequest;
import dev.admincvq.tlc.TempDirectory;
import dev.admincvq.tlc.TlcChecker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Which design option guarantees which property. TLC stops at the first violation it meets, so a
 * model that checks all properties tells only one thing an option breaks; here each property of
 * each design-option model is checked on its own (the model's configuration with only that
 * property), which gives the whole table: the answer to the thread's question, property by
 * property.
 */
public final class GuaranteeMatrix {
  private final TlcChecker tlc;

  public GuaranteeMatrix(TlcChecker tlc) {
    this.tlc = tlc;
  }

  /** Checks every property of every model of the manifest that is in the design-option matrix. */
  public List<GuaranteeRow> run(Manifest manifest, Consumer<GuaranteeRow> onRow) {
    Path dir = TempDirectory.create("admincvq-guarantees-");
    try {
      List<GuaranteeRow> rows = new ArrayList<>();
      for (ModelEntry model : manifest.models()) {
        if (model.inMatrix()) {
          GuaranteeRow row = check(model, dir);
          rows.add(row);
          onRow.accept(row);
        }
      }
      return List.copyOf(rows);
    } finally {
      TempDirectory.delete(dir);
    }
  }

  private GuaranteeRow check(ModelEntry model, Path dir) {
    ModelConfig config;
    try {
      config = ModelConfig.parse(Files.readString(model.config()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + model.config(), e);
    }
    List<PropertyVerdict> verdicts = new ArrayList<>();
    List<String> names = new ArrayList<>(config.invariants());
    names.addAll(config.properties());
    for (String name : names) {
      Path cfg = dir.resolve(model.name() + "_" + name + ".cfg");
      try {
        Files.writeString(cfg, config.checkingOnly(name));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + cfg, e);
      }
      verdicts.add(
          new PropertyVerdict(
              name, tlc.check(new CheckRequest(model.spec(), cfg, 1, model.libraryPaths(), p -> {}))));
    }
    return new GuaranteeRow(model, verdicts);
  }
}
