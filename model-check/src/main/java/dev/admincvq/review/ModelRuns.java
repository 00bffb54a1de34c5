package dev.admincvq.review;

import dev.admincvq.graph.StateGraph;
import dev.admincvq.matrix.ModelEntry;
import dev.admincvq.model.CheckResult;
import dev.admincvq.model.Problem;
import dev.admincvq.model.Trace;
import dev.admincvq.model.Verdict;
import dev.admincvq.tlc.CheckRequest;
import dev.admincvq.tlc.Examination;
import dev.admincvq.tlc.GraphExplorer;
import dev.admincvq.tlc.SanyParser;
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
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The one per-property verdict engine (of {@code review} and of {@code matrix --properties}): the
 * TLC runs of one review or matrix, through the project's one isolated runner ({@link TlcChecker},
 * {@link GraphExplorer}), with one worker so that results are TLC's deterministic ones.
 *
 * <p>A model is first <em>examined</em> in one run ({@link GraphExplorer#examine}): TLC checks the
 * properties its configuration names (temporal and action properties) while its search is recorded
 * as the reachable state graph, and every invariant is evaluated in every state of it. Each
 * invariant's verdict comes from that graph: violated at a state of least depth, its counterexample
 * a shortest behaviour to that state (as TLC's breadth-first search gives it; among equally short
 * ones, possibly another). TLC stops at the first property it finds violated, so when one is, it is
 * recorded with its counterexample and dropped, and the model is checked again with the rest, until
 * the rest holds; when TLC cannot name what it found violated (a deadlock, several temporal
 * candidates), the remaining properties are checked one run each.
 *
 * <p>Runs are remembered by content, for the life of this object: the same module texts with the
 * same configuration text run once (a check of some properties on their own is remembered always,
 * an examination as said below). Several threads may ask at once ({@link #examine} from a pool); a
 * run asked for twice at once is made once, the second asker waiting for it. Of the examinations,
 * which hold a model's whole state graph (the manifest's largest model has 214,461 states), only
 * the {@link #EXAMINATIONS_KEPT} most recently asked for are kept: a review of every model of the
 * manifest kept all 232 graphs and ran out of its 6 GiB heap; softly held ones, or eight, still
 * filled it. So the same BASE reviewed again next usually finds its examination, and when another
 * thread has pushed it out, it is made again; an unchanged HEAD does not depend on this: the review
 * takes BASE's examination for it when {@link #sameExamination} says the two are one run.
 */
public final class ModelRuns {
  private final TlcChecker tlc;
  private final GraphExplorer explorer;
  private final int maxStates;

  /** Examinations kept for asking again: one for each of a review's two threads. */
  static final int EXAMINATIONS_KEPT = 2;

  private final Map<String, Future<CheckResult>> checks = new HashMap<>();

  private final Map<String, Future<Examination>> examinations =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Future<Examination>> eldest) {
          return size() > EXAMINATIONS_KEPT;
        }
      };
  private final Map<Path, String> moduleDigests = new HashMap<>();
  private final Map<List<Path>, List<Path>> closures = new HashMap<>();
  private final Map<List<Path>, SanyParser.Result> parses = new HashMap<>();
  private final SanyParser sany = SanyParser.create();
  private final AtomicInteger runs = new AtomicInteger();
  private final AtomicInteger reused = new AtomicInteger();

  public ModelRuns(TlcChecker tlc, GraphExplorer explorer, int maxStates) {
    this.tlc = tlc;
    this.explorer = explorer;
    this.maxStates = maxStates;
  }

  /** TLC runs made (examinations and checks). */
  int runs() {
    return runs.get();
  }

  /** Runs not made because the same input had run already. */
  int reused() {
    return reused.get();
  }

  /** A model's verdicts, property by property, and its reachable state graph. */
  public record Examined(Map<String, Outcome> verdicts, StateGraph graph) {}

  /**
   * Each property the model checks, with its verdict as if checked on its own, and the model's
   * state graph.
   *
   * @throws ReviewException if the spec cannot be parsed (a problem at a position in a module), or
   *     TLC cannot set the model up
   */
  public Examined examine(ModelEntry model, ConfigFacts facts) throws ReviewException {
    List<String> invariants = facts.config().invariants();
    List<String> properties = temporal(facts);
    Examination ex =
        remembered(
            examinations,
            model,
            examinationText(facts),
            facts.checking(properties),
            cfg ->
                explorer.examine(model.spec(), cfg, model.libraryPaths(), maxStates, invariants));
    StateGraph graph = ex.graph().orElseThrow(() -> setUpProblem(model, ex.check()));
    Map<String, Outcome> found = new LinkedHashMap<>();
    for (Examination.InvariantResult r : ex.invariants()) {
      Optional<String> error = r.error();
      if (error.isPresent()) {
        found.put(r.name(), Outcome.error(error.get()));
      } else if (r.firstViolation().isPresent()) {
        found.put(r.name(), Outcome.violated(graph.traceTo(r.firstViolation().getAsInt())));
      } else {
        found.put(r.name(), Outcome.holds());
      }
    }
    found.putAll(properties(model, facts, properties, ex.check()));
    Map<String, Outcome> ordered = new LinkedHashMap<>();
    for (String p : facts.checked()) {
      Outcome o = found.get(p);
      if (o != null) {
        ordered.put(p, o);
      }
    }
    return new Examined(ordered, graph);
  }

  /**
   * Whether examining {@code a} under {@code af} and {@code b} under {@code bf} is the same run:
   * the same configuration text and the same text of every module each may read. A review asks this
   * of a model's two sides, and uses BASE's examination for an unchanged HEAD without asking this
   * object again (the examinations kept here are too few for that to be certain). Counted as a run
   * reused when true.
   */
  public boolean sameExamination(ModelEntry a, ConfigFacts af, ModelEntry b, ConfigFacts bf) {
    boolean same = key(a, examinationText(af)).equals(key(b, examinationText(bf)));
    if (same) {
      reused.incrementAndGet();
    }
    return same;
  }

  /** What decides an examination besides the modules: the properties TLC checks, the invariants. */
  private static String examinationText(ConfigFacts facts) {
    return facts.checking(temporal(facts))
        + "\\* evaluated: "
        + String.join(" ", facts.config().invariants());
  }

  /** The properties the model checks that are not invariants: TLC checks them during the search. */
  private static List<String> temporal(ConfigFacts facts) {
    List<String> invariants = facts.config().invariants();
    return facts.checked().stream().filter(p -> !invariants.contains(p)).toList();
  }

  /** Why TLC could not set the model up: a located problem, or the configuration's. */
  private static ReviewException setUpProblem(ModelEntry model, CheckResult r) {
    Problem p =
        r.problem()
            .orElse(
                Problem.inFile(String.valueOf(model.config()), "TLC could not set up the model"));
    return new ReviewException(
        p.line() > 0 && p.file().endsWith(".tla")
            ? p
            : Problem.inFile(String.valueOf(model.config()), p.message()));
  }

  /** The verdicts of {@code properties}, {@code first} being TLC's check of them all. */
  private Map<String, Outcome> properties(
      ModelEntry model, ConfigFacts facts, List<String> properties, CheckResult first)
      throws ReviewException {
    Map<String, Outcome> found = new LinkedHashMap<>();
    List<String> remaining = new ArrayList<>(properties);
    boolean oneByOne = false;
    Optional<CheckResult> ready = Optional.of(first);
    while (!remaining.isEmpty()) {
      List<String> now = oneByOne ? List.of(remaining.get(0)) : List.copyOf(remaining);
      CheckResult r = ready.isPresent() ? ready.get() : check(model, facts.checking(now));
      ready = Optional.empty();
      if (r.verdict() == Verdict.SUCCESS) {
        now.forEach(p -> found.put(p, Outcome.holds()));
        remaining.removeAll(now);
        continue;
      }
      if (r.verdict() == Verdict.ERROR) {
        Problem p =
            r.problem().orElse(Problem.inFile(String.valueOf(model.config()), "TLC failed"));
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
        found.put(
            property,
            r.verdict() == Verdict.DEADLOCK ? Outcome.deadlock(trace) : Outcome.violated(trace));
        remaining.remove(property);
      } else {
        oneByOne = true;
      }
    }
    return found;
  }

  private CheckResult check(ModelEntry model, String cfg) throws ReviewException {
    return remembered(
        checks,
        model,
        cfg,
        cfg,
        file -> tlc.check(new CheckRequest(model.spec(), file, 1, model.libraryPaths(), p -> {})));
  }

  /**
   * What {@code run} gives for the model under configuration text {@code cfg}, run once per content
   * ({@code key}: the configuration and whatever else decides the result), the configuration
   * written to a temporary file for the run.
   */
  private <T> T remembered(
      Map<String, Future<T>> known, ModelEntry model, String key, String cfg, Function<Path, T> run)
      throws ReviewException {
    String digest = key(model, key);
    FutureTask<T> mine =
        new FutureTask<>(
            () -> {
              Path dir = TempDirectory.create("admincvq-review-");
              try {
                return run.apply(write(dir, cfg));
              } finally {
                TempDirectory.delete(dir);
              }
            });
    @Nullable Future<T> done;
    synchronized (known) {
      done = known.get(digest); // a get: the examinations' order is of access
      if (done == null) {
        known.put(digest, mine);
      }
    }
    if (done == null) {
      runs.incrementAndGet();
      mine.run();
      done = mine;
    } else {
      reused.incrementAndGet();
    }
    try {
      return done.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReviewException(Problem.inFile(String.valueOf(model.config()), "interrupted"));
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
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

  /**
   * A digest of what a run reads: the configuration, and the text of every module the spec may load
   * ({@link #modulesRead}).
   */
  private synchronized String key(ModelEntry model, String cfg) {
    MessageDigest d = sha256();
    for (Path module : modulesRead(model)) {
      d.update(String.valueOf(module.getFileName()).getBytes(StandardCharsets.UTF_8));
      d.update((byte) 0);
      d.update(
          moduleDigests
              .computeIfAbsent(module, ModelRuns::digestOf)
              .getBytes(StandardCharsets.UTF_8));
    }
    d.update(String.valueOf(model.spec().getFileName()).getBytes(StandardCharsets.UTF_8));
    d.update((byte) 0);
    d.update(cfg.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(d.digest());
  }

  /** Why the model's spec does not parse, as SANY locates it; empty if it parses. */
  Optional<Problem> parseProblem(ModelEntry model) {
    return parsed(model).problem();
  }

  /**
   * The body of the definition without parameters named {@code name} that the model's spec sees (as
   * SANY reads it, tokens separated by single spaces); empty when there is none or the spec does
   * not parse.
   */
  Optional<String> constantDefinition(ModelEntry model, String name) {
    return Optional.ofNullable(parsed(model).constantDefinitions().get(name));
  }

  /**
   * SANY's reading of the model's spec, parsed once per spec and library paths for the life of this
   * object.
   */
  private synchronized SanyParser.Result parsed(ModelEntry model) {
    return parses.computeIfAbsent(
        specKey(model),
        k -> sany.parse(model.spec().toAbsolutePath().normalize(), model.libraryPaths()));
  }

  private static List<Path> specKey(ModelEntry model) {
    List<Path> key = new ArrayList<>(List.of(model.spec().toAbsolutePath().normalize()));
    model.libraryPaths().forEach(p -> key.add(p.toAbsolutePath().normalize()));
    return List.copyOf(key);
  }

  /**
   * The modules a run of {@code model} reads, as SANY finds them: the spec and every module it
   * extends or instantiates, transitively, that lies in the spec's directory or a library path
   * (TLC's standard modules and the bundled library are the same for every run and are left out).
   * When the spec does not parse, every module of those directories: the run will report the error,
   * and its key must still change with any text it may have read. Parsed once per spec and library
   * paths for the life of this object.
   */
  List<Path> modulesRead(ModelEntry model) {
    return closures.computeIfAbsent(specKey(model), k -> closure(model));
  }

  private List<Path> closure(ModelEntry model) {
    List<Path> dirs = new ArrayList<>();
    Path spec = model.spec().toAbsolutePath().normalize();
    Path specDir = spec.getParent();
    if (specDir != null) {
      dirs.add(specDir);
    }
    model.libraryPaths().forEach(p -> dirs.add(p.toAbsolutePath().normalize()));
    SanyParser.Result parsed = parsed(model);
    TreeSet<Path> read = new TreeSet<>(List.of(spec));
    if (parsed.parsed()) {
      read.addAll(parsed.files(model.libraryPaths()));
    } else {
      for (Path dir : dirs) {
        try (Stream<Path> files = Files.list(dir)) {
          files.filter(f -> f.toString().endsWith(".tla")).forEach(f -> read.add(f.normalize()));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + dir, e);
        }
      }
    }
    return List.copyOf(read);
  }

  private static String digestOf(Path module) {
    try {
      MessageDigest d = sha256();
      d.update(Files.readAllBytes(module));
      return HexFormat.of().formatHex(d.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + module, e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
