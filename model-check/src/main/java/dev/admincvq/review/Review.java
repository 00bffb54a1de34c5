package dev.admincvq.review;

import dev.admincvq.graph.Edge;
import dev.admincvq.graph.StateGraph;
import dev.admincvq.matrix.Manifest;
import dev.admincvq.matrix.ModelEntry;
import dev.admincvq.model.Problem;
import dev.admincvq.tlc.GraphExplorer;
import dev.admincvq.tlc.TlcChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;

/**
 * Reviews a spec change: checks the models of both sides in this JVM and compares them model by
 * model (verdicts property by property, reachable states, behaviours, constants).
 */
public final class Review {
  /** Explorations stop beyond this many states (the full spec's largest model has about 17,000). */
  public static final int MAX_STATES = 1_000_000;

  private final ModelRuns runs;
  private final Consumer<String> log;
  private final int threads;

  /**
   * @param tlc the runner of checks
   * @param explorer the explorer of state graphs
   * @param log receives one line per model as it is reviewed
   *     <p>The review remembers its TLC runs for its life (see {@link ModelRuns}): a HEAD model
   *     that reads the same texts as its BASE is not run again, and reviewing several HEADs against
   *     the same BASE with one instance finds BASE's runs when they are still kept.
   */
  public Review(TlcChecker tlc, GraphExplorer explorer, Consumer<String> log) {
    this(tlc, explorer, log, Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
  }

  /**
   * @param threads how many models are examined at once (each run takes one core; more threads than
   *     cores only adds memory)
   */
  public Review(TlcChecker tlc, GraphExplorer explorer, Consumer<String> log, int threads) {
    this.runs = new ModelRuns(tlc, explorer, MAX_STATES);
    this.log = log;
    this.threads = threads;
  }

  /**
   * Reviews HEAD against BASE.
   *
   * @param only the models to review (empty: every model of either side)
   * @throws ReviewException if a manifest cannot be read, a named model is on neither side, or a
   *     spec cannot be parsed
   */
  public ReviewReport run(Side base, Side head, List<String> only) throws ReviewException {
    long start = System.nanoTime();
    Map<String, ModelEntry> baseModels = models(base);
    Map<String, ModelEntry> headModels = models(head);
    Set<String> names = new LinkedHashSet<>(baseModels.keySet());
    names.addAll(headModels.keySet());
    for (String n : only) {
      if (!names.contains(n)) {
        throw new ReviewException(
            Problem.inFile(n, "no such model on either side (see models/manifest.json)"));
      }
    }
    int runsBefore = runs.runs();
    int reusedBefore = runs.reused();
    List<String> reviewed = names.stream().filter(n -> only.isEmpty() || only.contains(n)).toList();
    parseAll(reviewed, base, baseModels);
    parseAll(reviewed, head, headModels);
    List<ModelReview> reviews = reviewAll(reviewed, base, baseModels, head, headModels);
    int runsMade = runs.runs() - runsBefore;
    int runsReused = runs.reused() - reusedBefore;
    return new ReviewReport(
        base.label(),
        head.label(),
        reviews,
        runsMade,
        runsReused,
        Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * Parses the spec of each of {@code names} on {@code side} (each spec once), so that a spec error
   * on either side ends the review before any model of either side runs.
   *
   * @throws ReviewException at the first spec that does not parse, located as the side names it
   */
  private void parseAll(List<String> names, Side side, Map<String, ModelEntry> models)
      throws ReviewException {
    Set<List<Path>> parsed = new LinkedHashSet<>();
    for (String name : names) {
      ModelEntry model = models.get(name);
      if (model == null) {
        continue;
      }
      List<Path> key = new ArrayList<>(List.of(model.spec()));
      key.addAll(model.libraryPaths());
      if (!parsed.add(List.copyOf(key))) {
        continue;
      }
      Optional<Problem> problem = runs.parseProblem(model);
      if (problem.isPresent()) {
        Problem p = problem.get();
        throw new ReviewException(
            new Problem(where(side, p.file()), p.line(), p.column(), p.message()));
      }
    }
  }

  /**
   * Reviews each of {@code names}, {@link #threads} models at a time, each model's BASE then its
   * HEAD (an unchanged HEAD, whose modules and configuration read the same, is BASE's run): only
   * the models under review hold their state graphs, which a model's report does not keep. The
   * reports are in {@code names}' order, and a problem is raised for the first model, in that
   * order, that has one.
   */
  private List<ModelReview> reviewAll(
      List<String> names,
      Side base,
      Map<String, ModelEntry> baseModels,
      Side head,
      Map<String, ModelEntry> headModels)
      throws ReviewException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
    try {
      List<Future<ModelReview>> all = new ArrayList<>();
      for (String name : names) {
        all.add(
            pool.submit(() -> model(name, base, head, baseModels.get(name), headModels.get(name))));
      }
      List<ModelReview> out = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        try {
          out.add(all.get(i).get());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new ReviewException(Problem.inFile(names.get(i), "interrupted"));
        }
      }
      return out;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ReviewException re) {
        throw re;
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdownNow();
    }
  }

  private static ThreadFactory daemonThreads() {
    return r -> {
      Thread t = new Thread(r, "review-examine");
      t.setDaemon(true);
      return t;
    };
  }

  private ModelReview model(
      String name,
      Side base,
      Side head,
      @org.checkerframework.checker.nullness.qual.Nullable ModelEntry b,
      @org.checkerframework.checker.nullness.qual.Nullable ModelEntry h)
      throws ReviewException {
    Optional<ConfigFacts> bf = b == null ? Optional.empty() : Optional.of(facts(base, b));
    Optional<ConfigFacts> hf = h == null ? Optional.empty() : Optional.of(facts(head, h));
    Optional<ModelRuns.Examined> be =
        b == null ? Optional.empty() : Optional.of(examined("BASE", base, b, bf.orElseThrow()));
    Optional<ModelRuns.Examined> he;
    if (h == null) {
      he = Optional.empty();
    } else if (b != null && runs.sameExamination(b, bf.orElseThrow(), h, hf.orElseThrow())) {
      he = be;
      log.accept("HEAD " + h.name() + ": unchanged, BASE's run");
    } else {
      he = Optional.of(examined("HEAD", head, h, hf.orElseThrow()));
    }
    Map<String, Outcome> bv = be.map(ModelRuns.Examined::verdicts).orElse(Map.of());
    Map<String, Outcome> hv = he.map(ModelRuns.Examined::verdicts).orElse(Map.of());
    Set<String> properties = new LinkedHashSet<>(bv.keySet());
    properties.addAll(hv.keySet());
    List<PropertyRow> rows = new ArrayList<>();
    for (String p : properties) {
      rows.add(new PropertyRow(p, Optional.ofNullable(bv.get(p)), Optional.ofNullable(hv.get(p))));
    }
    List<ConstantChange> constants = new ArrayList<>();
    Optional<Comparison> comparison = Optional.empty();
    boolean errors =
        bv.values().stream().anyMatch(o -> o.kind() == Outcome.Kind.ERROR)
            || hv.values().stream().anyMatch(o -> o.kind() == Outcome.Kind.ERROR);
    if (b != null && h != null) {
      constants = constants(b, bf.orElseThrow(), h, hf.orElseThrow());
    }
    if (be.isPresent() && he.isPresent() && !errors) {
      comparison = Optional.of(compare(be.get().graph(), he.get().graph()));
    }
    return new ModelReview(name, b != null, h != null, rows, constants, comparison);
  }

  /**
   * The model's examination, logged as {@code which} side's; a problem is re-stated with the file
   * as the side names it.
   */
  private ModelRuns.Examined examined(String which, Side side, ModelEntry model, ConfigFacts facts)
      throws ReviewException {
    long t0 = System.nanoTime();
    try {
      ModelRuns.Examined e = runs.examine(model, facts);
      log.accept(
          String.format(
              java.util.Locale.ROOT,
              "%s %s: %,d states, %d properties, %.1f s",
              which,
              model.name(),
              e.graph().states().size(),
              e.verdicts().size(),
              (System.nanoTime() - t0) / 1e9));
      return e;
    } catch (ReviewException e) {
      Problem p = e.problem();
      throw new ReviewException(
          new Problem(where(side, p.file()), p.line(), p.column(), p.message()));
    }
  }

  static Comparison compare(StateGraph base, StateGraph head) {
    Projection projection = Projection.of(base, head);
    Set<String> baseActions = actions(base);
    Set<String> headActions = actions(head);
    List<BehaviourSearch.Observed> sides = BehaviourSearch.Observed.of(base, head, projection);
    BehaviourSearch.Observed b = sides.get(0);
    BehaviourSearch.Observed h = sides.get(1);
    return new Comparison(
        projection,
        StateSpace.compare(b, h),
        BehaviourSearch.find(h, b, projection, "HEAD", "BASE"),
        BehaviourSearch.find(b, h, projection, "BASE", "HEAD"),
        baseActions.stream().filter(a -> !headActions.contains(a)).toList(),
        headActions.stream().filter(a -> !baseActions.contains(a)).toList());
  }

  private static Set<String> actions(StateGraph g) {
    Set<String> out = new TreeSet<>();
    for (Edge e : g.edges()) {
      out.add(e.action());
    }
    return out;
  }

  /**
   * {@code file} as the user knows it: {@code REV:spec-tla/AdminCvqActors.tla} for a file of a
   * revision, the path (relative to the working directory when under it) for a file of a directory.
   */
  static String where(Side side, String file) {
    Path f = Path.of(file).toAbsolutePath().normalize();
    if (!f.startsWith(side.specDir())) {
      return file;
    }
    if (Files.isDirectory(Path.of(side.label()))) {
      Path cwd = Path.of("").toAbsolutePath();
      return f.startsWith(cwd) ? cwd.relativize(f).toString() : f.toString();
    }
    return side.label().replaceFirst(" \\([0-9a-f]+\\)$", "")
        + ":"
        + SideSource.SPEC_DIR
        + "/"
        + side.specDir().relativize(f);
  }

  private static Map<String, ModelEntry> models(Side side) throws ReviewException {
    Manifest m;
    try {
      m = Manifest.read(side.manifest());
    } catch (Manifest.ManifestException e) {
      Problem p = e.problem();
      throw new ReviewException(
          new Problem(where(side, p.file()), p.line(), p.column(), p.message()));
    }
    Map<String, ModelEntry> out = new LinkedHashMap<>();
    for (ModelEntry e : m.models()) {
      out.put(e.name(), e);
    }
    return out;
  }

  private static ConfigFacts facts(Side side, ModelEntry model) throws ReviewException {
    try {
      return ConfigFacts.parse(Files.readString(model.config()));
    } catch (IOException e) {
      throw new ReviewException(
          Problem.inFile(
              where(side, model.config().toString()), "cannot read the model's configuration"));
    }
  }

  private List<ConstantChange> constants(
      ModelEntry base, ConfigFacts b, ModelEntry head, ConfigFacts h) {
    Set<String> names = new LinkedHashSet<>(b.constants().keySet());
    names.addAll(h.constants().keySet());
    List<ConstantChange> out = new ArrayList<>();
    for (String n : names) {
      Optional<String> bv = Optional.ofNullable(b.constants().get(n)).map(v -> resolved(base, v));
      Optional<String> hv = Optional.ofNullable(h.constants().get(n)).map(v -> resolved(head, v));
      if (!bv.equals(hv)) {
        out.add(new ConstantChange(n, bv, hv));
      }
    }
    return out;
  }

  /**
   * {@code <- D} followed by D's body as SANY reads it in the model's spec, when D is a definition
   * without parameters there: two sides that bind a constant to the same name with different bodies
   * differ.
   */
  private String resolved(ModelEntry model, String binding) {
    if (!binding.startsWith("<- ")) {
      return binding;
    }
    String name = binding.substring(3).strip();
    return runs.constantDefinition(model, name)
        .map(body -> binding + " (" + body + ")")
        .orElse(binding);
  }
}
