package dev.admincvq.review;

import dev.admincvq.model.Problem;
import dev.admincvq.tlc.TempDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns what the user named into a {@link Side}: a directory holding a checkout of the project (its
 * {@code spec-tla/}) or a {@code spec-tla} directory itself, else a git revision of the project's
 * repository, whose {@code spec-tla/} is extracted ({@code git archive}) into a temporary
 * directory. Closing the source removes every directory it extracted.
 */
public final class SideSource implements AutoCloseable {
  static final String SPEC_DIR = "spec-tla";

  private final Path repository;
  private final List<Path> extracted = new ArrayList<>();

  /**
   * @param repository the git repository whose revisions may be named
   */
  public SideSource(Path repository) {
    this.repository = repository;
  }

  /** The side {@code name} names. */
  public Side resolve(String name) throws ReviewException {
    Path dir = Path.of(name);
    if (Files.isDirectory(dir)) {
      if (Files.isRegularFile(dir.resolve(SPEC_DIR).resolve("models").resolve("manifest.json"))) {
        return new Side(name, dir.resolve(SPEC_DIR).toAbsolutePath().normalize());
      }
      if (Files.isRegularFile(dir.resolve("models").resolve("manifest.json"))) {
        return new Side(name, dir.toAbsolutePath().normalize());
      }
      throw new ReviewException(
          Problem.inFile(
              name, "a directory, but neither it nor its spec-tla/ has models/manifest.json"));
    }
    Git.Result commit = Git.run(repository, "rev-parse", "--verify", "--quiet", name + "^{commit}");
    if (commit.exit() != 0 || commit.out().isBlank()) {
      throw new ReviewException(
          Problem.inFile(
              name, "neither a directory nor a revision of the git repository " + repository));
    }
    String sha = commit.out().strip();
    Path root = TempDirectory.create("admincvq-review-");
    extracted.add(root);
    Path tar = root.resolve("side.tar");
    Git.Result archive =
        Git.run(repository, "archive", "--format=tar", "-o", tar.toString(), sha, SPEC_DIR);
    if (archive.exit() != 0) {
      throw new ReviewException(
          Problem.inFile(name, "revision " + sha.substring(0, 7) + " has no " + SPEC_DIR + "/"));
    }
    Git.Result untar = Git.tar(root, tar);
    if (untar.exit() != 0) {
      throw new ReviewException(
          Problem.inFile(name, "cannot extract " + SPEC_DIR + "/: " + untar.out().strip()));
    }
    try {
      Files.delete(tar);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path spec = root.resolve(SPEC_DIR);
    if (!Files.isRegularFile(spec.resolve("models").resolve("manifest.json"))) {
      throw new ReviewException(
          Problem.inFile(
              name,
              "revision " + sha.substring(0, 7) + " has no " + SPEC_DIR + "/models/manifest.json"));
    }
    return new Side(name + " (" + sha.substring(0, 7) + ")", spec);
  }

  /** Removes every extracted revision. */
  @Override
  public void close() {
    for (Path p : extracted) {
      TempDirectory.delete(p);
    }
    extracted.clear();
  }

  /** The few commands a review runs besides TLC: {@code git} and {@code tar}. */
  static final class Git {
    private Git() {}

    /** Exit status and standard output (with standard error) of a command. */
    record Result(int exit, String out) {}

    static Result run(Path repository, String... args) {
      List<String> command = new ArrayList<>(List.of("git", "-C", repository.toString()));
      command.addAll(List.of(args));
      return exec(command);
    }

    static Result tar(Path into, Path tar) {
      return exec(List.of("tar", "-x", "-f", tar.toString(), "-C", into.toString()));
    }

    private static Result exec(List<String> command) {
      try {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out);
      } catch (IOException e) {
        return new Result(127, command.get(0) + ": " + e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Result(130, "interrupted");
      }
    }
  }
}
