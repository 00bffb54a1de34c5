package dev.admincvq.findings;

import dev.admincvq.matrix.Manifest;
import dev.admincvq.matrix.ModelEntry;
import dev.admincvq.model.CheckResult;
import dev.admincvq.model.Trace;
import dev.admincvq.model.Verdict;
import dev.admincvq.tlc.CheckRequest;
import dev.admincvq.tlc.TlcChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Shows findings: checks each finding's model with TLC in this JVM (one worker, so its
 * breadth-first search gives a shortest counterexample) and takes its counterexample as the
 * finding's trace.
 */
public final class FindingsRunner {
  private final TlcChecker tlc;
  private final Manifest manifest;

  public FindingsRunner(TlcChecker tlc, Manifest manifest) {
    this.tlc = tlc;
    this.manifest = manifest;
  }

  /**
   * Every model a finding or one of its readings names is a model of the manifest; checked before
   * any model is run, so that a misspelt name fails at once.
   */
  public void checkNames(List<Finding> findings) throws FindingsException {
    for (Finding f : findings) {
      if (f.model().isPresent()) {
        model(f, f.model().get());
      }
      for (Reading r : f.readings()) {
        model(f, r.model());
      }
    }
  }

  /**
   * The findings with their traces, in the order given.
   *
   * @param onModel told the name of each model before it is checked, e.g. to show progress
   * @throws FindingsException naming the finding and the model when a model gives no
   *     counterexample, or cannot be checked
   */
  public List<ShownFinding> show(List<Finding> findings, Consumer<String> onModel)
      throws FindingsException {
    checkNames(findings);
    List<ShownFinding> out = new ArrayList<>();
    for (Finding f : findings) {
      if (f.model().isEmpty()) {
        out.add(new ShownFinding(f, Optional.empty(), List.of()));
        continue;
      }
      ModelEntry m = model(f, f.model().get());
      onModel.accept(m.name());
      CheckResult result =
          tlc.check(new CheckRequest(m.spec(), m.config(), 1, m.libraryPaths(), p -> {}));
      if (result.verdict() == Verdict.ERROR) {
        throw new FindingsException(
            "finding "
                + f.id()
                + ": model "
                + m.name()
                + " could not be checked: "
                + result.problem().map(Object::toString).orElse("TLC exit " + result.exitCode()));
      }
      Optional<Trace> trace = result.trace();
      if (result.verdict() == Verdict.SUCCESS || trace.isEmpty()) {
        throw new FindingsException(
            "finding "
                + f.id()
                + ": model "
                + m.name()
                + " gives no counterexample ("
                + result.verdict()
                + "); the finding's trace is gone");
      }
      out.add(new ShownFinding(f, result.violated(), TraceStep.of(trace.get())));
    }
    return List.copyOf(out);
  }

  private ModelEntry model(Finding f, String name) throws FindingsException {
    return manifest.models().stream()
        .filter(m -> m.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new FindingsException(
                    "finding " + f.id() + ": no model " + name + " in " + manifest.file()));
  }
}
