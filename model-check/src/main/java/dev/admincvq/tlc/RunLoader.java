package dev.admincvq.tlc;

import dev.admincvq.tlc.answer.RunAnswer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.security.CodeSigner;
import java.security.CodeSource;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.Manifest;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The class loader of one TLC run: its parent is the platform loader, so it shares none of TLC's
 * classes (nor ours) with any other run, but it defines them from class files read once per JVM.
 *
 * <p>Only the answer records ({@link #SHARED_PACKAGE}) are shared with the application.
 *
 * <p>A plain {@link URLClassLoader} per run would look every class up in the jar and inflate it
 * again, run after run; that is a third of what loading TLC's few hundred classes costs. The bytes
 * are constants of the program, not state: each run still defines, links and initializes its own
 * classes, with their own statics. Resources (TLC's standard modules) are found as a {@code
 * URLClassLoader} finds them.
 */
final class RunLoader extends URLClassLoader {
  static {
    registerAsParallelCapable();
  }

  /** The package whose classes every run shares with the application: the answer records. */
  static final String SHARED_PACKAGE = RunAnswer.class.getPackageName();

  private final ClassFiles files;
  private final ClassLoader shared;

  /**
   * @param classPath where TLC's classes and ours lie
   * @param files their class files, read once per JVM
   * @param shared the loader of {@link #SHARED_PACKAGE} (the application's), which the run uses
   */
  RunLoader(URL[] classPath, ClassFiles files, ClassLoader shared) {
    super("tlc-run", classPath, ClassLoader.getPlatformClassLoader());
    this.files = files;
    this.shared = shared;
  }

  /**
   * Every class is the run's own (the platform's aside), but those of {@link #SHARED_PACKAGE}: JDK
   * records only, they are the application's, so that both sides of the run know its answer as one
   * class. Nothing in that package refers to TLC, so sharing it shares none of TLC's statics.
   */
  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (isShared(name)) {
      return shared.loadClass(name);
    }
    return super.loadClass(name, resolve);
  }

  /**
   * Whether the class named {@code name} is shared with the application rather than the run's own.
   */
  static boolean isShared(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 && name.substring(0, dot).equals(SHARED_PACKAGE);
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    ClassFile file = files.get(name, this).orElseThrow(() -> new ClassNotFoundException(name));
    Manifest manifest = file.manifest();
    int dot = name.lastIndexOf('.');
    if (dot > 0) {
      String pkg = name.substring(0, dot);
      if (getDefinedPackage(pkg) == null) {
        try {
          if (manifest != null) {
            definePackage(pkg, manifest, file.codeSource().getLocation());
          } else {
            definePackage(pkg, null, null, null, null, null, null, null);
          }
        } catch (IllegalArgumentException definedConcurrently) {
          // Another thread of this run defined the package first: the same one.
        }
      }
    }
    return defineClass(name, file.bytes(), 0, file.bytes().length, file.codeSource());
  }

  /**
   * A class file: its bytes (never changed), where it lies, and the manifest of its jar (if any).
   */
  static final class ClassFile {
    private final byte[] bytes;
    private final CodeSource codeSource;
    private final @Nullable Manifest manifest;

    ClassFile(byte[] bytes, CodeSource codeSource, @Nullable Manifest manifest) {
      this.bytes = bytes;
      this.codeSource = codeSource;
      this.manifest = manifest;
    }

    byte[] bytes() {
      return bytes;
    }

    CodeSource codeSource() {
      return codeSource;
    }

    @Nullable Manifest manifest() {
      return manifest;
    }
  }

  /** The class files of one class path, read on first request and kept for the JVM's life. */
  static final class ClassFiles {
    private final Map<String, Optional<ClassFile>> byName = new ConcurrentHashMap<>();
    private final Map<String, CodeSource> sources = new ConcurrentHashMap<>();
    private final Map<String, Optional<Manifest>> manifests = new ConcurrentHashMap<>();

    Optional<ClassFile> get(String name, URLClassLoader reader) {
      Optional<ClassFile> known = byName.get(name);
      if (known != null) {
        return known;
      }
      Optional<ClassFile> read = read(name, reader);
      byName.putIfAbsent(name, read);
      return read;
    }

    private Optional<ClassFile> read(String name, URLClassLoader reader) {
      String resource = name.replace('.', '/') + ".class";
      URL url = reader.findResource(resource);
      if (url == null) {
        return Optional.empty();
      }
      try {
        URLConnection connection = url.openConnection();
        byte[] bytes;
        try (InputStream in = connection.getInputStream()) {
          bytes = in.readAllBytes();
        }
        if (connection instanceof JarURLConnection jar) {
          URL base = jar.getJarFileURL();
          @Nullable Manifest manifest =
              manifests.computeIfAbsent(base.toExternalForm(), k -> manifestOf(jar)).orElse(null);
          return Optional.of(new ClassFile(bytes, source(base), manifest));
        }
        String text = url.toExternalForm();
        return Optional.of(
            new ClassFile(
                bytes,
                source(new URL(text.substring(0, text.length() - resource.length()))),
                null));
      } catch (MalformedURLException e) {
        throw new IllegalStateException("unusable class location " + url, e);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + url, e);
      }
    }

    private CodeSource source(URL base) {
      return sources.computeIfAbsent(
          base.toExternalForm(), k -> new CodeSource(base, new CodeSigner[0]));
    }

    private static Optional<Manifest> manifestOf(JarURLConnection jar) {
      try {
        return Optional.ofNullable(jar.getManifest());
      } catch (IOException e) {
        return Optional.empty();
      }
    }
  }
}
