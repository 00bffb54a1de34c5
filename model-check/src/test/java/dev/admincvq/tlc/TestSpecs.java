package dev.admincvq.tlc;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The small specs written for the runner's tests ({@code src/test/resources/specs}). */
final class TestSpecs {
  private TestSpecs() {}

  static Path spec(String module) {
    URL url = TestSpecs.class.getResource("/specs/" + module + ".tla");
    if (url == null) {
      throw new IllegalArgumentException("no test spec " + module);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static CheckRequest request(String module) {
    Path spec = spec(module);
    return CheckRequest.of(spec, CheckRequest.defaultConfig(spec));
  }
}
