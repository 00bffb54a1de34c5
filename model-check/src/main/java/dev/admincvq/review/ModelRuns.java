package dev.admincvq.review;

import dev.admincvq.graph.StateGraph;
import dev.admincvq.matrix.ModelEntry;
import dev.admincvq.model.CheckResult;
import dev.admincvq.model.Problem;
import dev.admincvq.model.Trace;
import dev.admincvq.model.Verdict;
import dev.admincvq.tlc.CheckRequest;
import dev.admincvq.tlc.GraphExplorer;
import dev.admincvq.tlc.TempDirectory;
import dev.admincvq.tlc.TlcChecker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The TLC runs of one review, through the project's one isolated runner ({@link TlcChecker},
 * {@link GraphExplorer}), with one worker so that results are TLC's deterministic ones.
 *
 * <p>Per-property verdicts: TLC stops at the first violation, so a model is checked with all its
 * properties, the violated one is recorded with its counterexample and dropped, and the model is
 * checked again with the rest, until the rest holds. With one worker TLC explores states in the
 * same breadth-first order whatever it checks, so each counterexample is the one a run checking
 * that property alone finds; when TLC cannot name what it found violated (a deadlock, several
 * temporal candidates), the remaining properties are checked one run each.
 *
 * <p>Runs are remembered by content, for the life of this object: the same module texts with the
 * same configuration text (two models differing only in what they check, a model both sides share
 * unchanged, the same BASE in several reviews) run once.
 */
final class ModelRuns {
  private final TlcChecker tlc;
  private final GraphExplorer explorer;
  private final int maxStates;
  private final Map<String, CheckResult> checks = new HashMap<>();
  private final Map<String, StateGraph> graphs = new HashMap<>();
  private final Map<Path, String> moduleDigests = new HashMap<>();
  private int runs;
  private int reused;

  ModelRuns(TlcChecker tlc, GraphExplorer explorer, int maxStates) {
    this.tlc = tlc;
    this.explorer = explorer;
    this.maxStates = maxStates;
  }

  /** TLC runs made (checks and explorations). */
  int runs() {
    return runs;
  }

  /** Runs not made because the same input had run already. */
  int reused() {
    return reused;
  }

  /**
   * Each property the model checks, with its verdict checked on its own.
   *
   * @throws ReviewException if the spec cannot be parsed (a problem at a position in a module)
   */
  Map<String, Outcome> verdicts(ModelEntry model, ConfigFacts facts) throws ReviewException {
    Map<String, Outcome> found = new LinkedHashMap<>();
    List<String> remaining = new ArrayList<>(facts.checked());
    boolean oneByOne = false;
    while (!remaining.isEmpty()) {
      List<String> now = oneByOne ? List.of(remaining.get(0)) : List.copyOf(remaining);
      CheckResult r = check(model, facts.checking(now));
      if (r.verdict() == Verdict.SUCCESS) {
        now.forEach(p -> found.put(p, Outcome.holds()));
        remaining.removeAll(now);
        continue;
      }
      if (r.verdict() == Verdict.ERROR) {
        Problem p = r.problem().orElse(Problem.inFile(String.valueOf(model.config()), "TLC failed"));
        if (p.line() > 0 && p.file().endsWith(".tla")) {
          throw new ReviewException(p);
        }
        if (now.size() == 1) {
          found.put(now.get(0), Outcome.error(p.message()));
          remaining.remove(now.get(0));
        }
        oneByOne = true;
        continue;
      }
      Optional<String> named = r.violated().filter(now::contains);
      Trace trace = r.trace().orElse(Trace.finite(List.of()));
      if (now.size() == 1 || named.isPresent()) {
        String property = named.orElse(now.get(0));
        found.put(property, r.verdict() == Verdict.DEADLOCK ? Outcome.deadlock(trace) : Outcome.violated(trace));
        remaining.remove(property);
      } else {
        oneByOne = true;
      }
    }
    Map<String, Outcome> ordered = new LinkedHashMap<>();
    for (String p : facts.checked()) {
      Outcome o = found.get(p);
      if (o != null) {
        ordered.put(p, o);
      }
    }
    return ordered;
  }

  /** The model's reachable state graph (its configuration checking nothing). */
  StateGraph graph(ModelEntry model, ConfigFacts facts) {
    return remembered(
        graphs, model, facts.checking(List.of()), cfg -> explorer.explore(model.spec(), cfg, maxStates));
  }

  private CheckResult check(ModelEntry model, String cfg) {
    return remembered(
        checks, model, cfg, file -> tlc.check(new CheckRequest(model.spec(), file, 1, model.libraryPaths(), p -> {})));
  }

  /**
   * What {@code run} gives for the model under configuration text {@code cfg}, run once per
   * content (the configuration written to a temporary file for the run).
   */
  private <T> T remembered(Map<String, T> known, ModelEntry model, String cfg, Function<Path, T> run) {
    String key = key(model, cfg);
    T done = known.get(key);
    if (done != null) {
      reused++;
      return done;
    }
    runs++;
    Path dir = TempDirectory.create("admincvq-review-");
    try {
      T result = run.apply(write(dir, cfg));
      known.put(key, result);
      return result;
    } finally {
      TempDirectory.delete(dir);
    }
  }

  private static Path write(Path dir, String cfg) {
    Path file = dir.resolve("model.cfg");
    try {
      Files.writeString(file, cfg, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return file;
  }

  /** A digest of what a run reads: every module beside the spec and on its paths, and the configuration. */
  private String key(ModelEntry model, String cfg) {
    MessageDigest d = sha256();
    Path dir = model.spec().toAbsolutePath().getParent();
    List<Path> dirs = new ArrayList<>();
    if (dir != null) {
      dirs.add(dir);
    }
    dirs.addAll(model.libraryPaths());
    for (Path p : dirs) {
      d.update(moduleDigests.computeIfAbsent(p.toAbsolutePath().normalize(), ModelRuns::modules).getBytes(StandardCharsets.UTF_8));
    }
    d.update(String.valueOf(model.spec().getFileName()).getBytes(StandardCharsets.UTF_8));
    d.update((byte) 0);
    d.update(cfg.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(d.digest());
  }

  private static String modules(Path dir) {
    MessageDigest d = sha256();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(f -> f.toString().endsWith(".tla")).sorted().toList()) {
        d.update(dir.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
        d.update((byte) 0);
        d.update(Files.readAllBytes(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the modules under " + dir, e);
    }
    return HexFormat.of().formatHex(d.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
