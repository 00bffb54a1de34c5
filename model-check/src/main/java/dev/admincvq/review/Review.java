package dev.admincvq.review;

import dev.admincvq.graph.Edge;
import dev.admincvq.graph.StateGraph;
import dev.admincvq.matrix.Manifest;
import dev.admincvq.matrix.ModelEntry;
import dev.admincvq.model.Problem;
import dev.admincvq.tlc.GraphExplorer;
import dev.admincvq.tlc.TlcChecker;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reviews a spec change: checks the models of both sides in this JVM and compares them model by
 * model (verdicts property by property, reachable states, behaviours, constants).
 */
public final class Review {
  /** Explorations stop beyond this many states (the full spec's largest model has about 17,000). */
  public static final int MAX_STATES = 1_000_000;

  private final ModelRuns runs;
  private final Consumer<String> log;

  /**
   * @param tlc the runner of checks
   * @param explorer the explorer of state graphs
   * @param log receives one line per model as it is reviewed
   *     <p>The review remembers its TLC runs for its life: reviewing several HEADs against the same
   *     BASE with one instance checks BASE once.
   */
  public Review(TlcChecker tlc, GraphExplorer explorer, Consumer<String> log) {
    this.runs = new ModelRuns(tlc, explorer, MAX_STATES);
    this.log = log;
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
        throw new ReviewException(Problem.inFile(n, "no such model on either side (see models/manifest.json)"));
      }
    }
    int runsBefore = runs.runs();
    int reusedBefore = runs.reused();
    List<ModelReview> reviews = new ArrayList<>();
    for (String name : names) {
      if (!only.isEmpty() && !only.contains(name)) {
        continue;
      }
      log.accept("reviewing " + name);
      reviews.add(model(name, base, head, baseModels.get(name), headModels.get(name)));
    }
    return new ReviewReport(
        base.label(),
        head.label(),
        reviews,
        runs.runs() - runsBefore,
        runs.reused() - reusedBefore,
        Duration.ofNanos(System.nanoTime() - start));
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
    long t0 = System.nanoTime();
    Map<String, Outcome> bv = b == null ? Map.of() : located(base, () -> runs.verdicts(b, bf.orElseThrow()));
    Map<String, Outcome> hv = h == null ? Map.of() : located(head, () -> runs.verdicts(h, hf.orElseThrow()));
    long t1 = System.nanoTime();
    Set<String> properties = new LinkedHashSet<>(bv.keySet());
    properties.addAll(hv.keySet());
    List<PropertyRow> rows = new ArrayList<>();
    for (String p : properties) {
      rows.add(new PropertyRow(p, Optional.ofNullable(bv.get(p)), Optional.ofNullable(hv.get(p))));
    }
    List<ConstantChange> constants = new ArrayList<>();
    Optional<Comparison> comparison = Optional.empty();
    boolean errors = bv.values().stream().anyMatch(o -> o.kind() == Outcome.Kind.ERROR)
        || hv.values().stream().anyMatch(o -> o.kind() == Outcome.Kind.ERROR);
    if (b != null && h != null) {
      constants = constants(base, bf.orElseThrow(), head, hf.orElseThrow());
    }
    if (b != null && h != null && !errors) {
      StateGraph bg = graph(base, b, bf.orElseThrow());
      StateGraph hg = graph(head, h, hf.orElseThrow());
      long t2 = System.nanoTime();
      comparison = Optional.of(compare(bg, hg));
      log.accept(String.format(java.util.Locale.ROOT, "%s: verdicts %.1f s, state graphs %.1f s, comparison %.1f s",
          name, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (System.nanoTime() - t2) / 1e9));
    }
    return new ModelReview(name, b != null, h != null, rows, constants, comparison);
  }

  /** The model's state graph; a model TLC cannot set up is a problem with its configuration. */
  private StateGraph graph(Side side, ModelEntry model, ConfigFacts facts) throws ReviewException {
    try {
      return runs.graph(model, facts);
    } catch (IllegalArgumentException e) {
      String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("TLC could not set up the model");
      throw new ReviewException(Problem.inFile(where(side, model.config().toString()), first));
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

  private interface Check {
    Map<String, Outcome> run() throws ReviewException;
  }

  /** Runs {@code check}; a parse problem is re-stated with the file as the side names it. */
  private static Map<String, Outcome> located(Side side, Check check) throws ReviewException {
    try {
      return check.run();
    } catch (ReviewException e) {
      Problem p = e.problem();
      throw new ReviewException(new Problem(where(side, p.file()), p.line(), p.column(), p.message()));
    }
  }

  /**
   * {@code file} as the user knows it: {@code REV:spec-tla/AdminCvq.tla} for a file of a revision,
   * the path (relative to the working directory when under it) for a file of a directory.
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
    return side.label().replaceFirst(" \\([0-9a-f]+\\)$", "") + ":" + SideSource.SPEC_DIR + "/" + side.specDir().relativize(f);
  }

  private static Map<String, ModelEntry> models(Side side) throws ReviewException {
    Manifest m;
    try {
      m = Manifest.read(side.manifest());
    } catch (Manifest.ManifestException e) {
      Problem p = e.problem();
      throw new ReviewException(new Problem(where(side, p.file()), p.line(), p.column(), p.message()));
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
      throw new ReviewException(Problem.inFile(where(side, model.config().toString()), "cannot read the model's configuration"));
    }
  }

  private static List<ConstantChange> constants(Side base, ConfigFacts b, Side head, ConfigFacts h) {
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

  /** {@code <- D} followed by D's one-line definition in the side's modules, when it has one. */
  private static String resolved(Side side, String binding) {
    if (!binding.startsWith("<- ")) {
      return binding;
    }
    String name = binding.substring(3).strip();
    Pattern def = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\s*==\\s*(.*?)\\s*(\\\\\\*.*)?$");
    try (Stream<Path> files = Files.list(side.specDir())) {
      for (Path f : files.filter(p -> p.toString().endsWith(".tla")).sorted().toList()) {
        Matcher m = def.matcher(Files.readString(f));
        if (m.find()) {
          return binding + " (" + m.group(1) + ")";
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the modules of " + side.specDir(), e);
    }
    return binding;
  }
}
