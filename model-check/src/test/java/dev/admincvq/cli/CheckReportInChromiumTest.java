package dev.admincvq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.admincvq.properties.PropertyMeanings;
import dev.admincvq.report.SequenceDiagram;
import dev.admincvq.report.html.Html;
import dev.admincvq.report.html.HtmlPage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report of {@code check --html} as a browser shows it: headless Chromium (Debian package
 * {@code chromium}, which {@code .ci/run} installs) loads the file, its DOM holds the verdict table
 * and the inline SVG diagrams, and its screenshot shows the table's colours and the diagram's red
 * arrow. The screenshot is kept as {@code model-check/target/check-report.png}. The test fails,
 * never skips, without Chromium.
 */
class CheckReportInChromiumTest {
  private static final Path TARGET =
      Path.of(System.getProperty("admincvq.root", "..")).resolve("model-check/target");
  private static final int WIDTH = 1280;
  private static final int HEIGHT = 2600;

  static Path chromium() {
    for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return Path.of(candidate);
      }
    }
    return fail(
        "headless Chromium is needed and missing: apt-get install -y chromium (.ci/run installs it)");
  }

  /** Runs Chromium on {@code page} with {@code mode} and returns what it printed on stdout. */
  private static String chromium(Path page, Path work, String... mode)
      throws IOException, InterruptedException {
    Path profile =
        Files.createDirectories(work.resolve("profile-" + mode[0].replaceAll("[^a-z]", "")));
    List<String> cmd =
        new ArrayList<>(
            List.of(
                chromium().toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--user-data-dir=" + profile));
    cmd.addAll(List.of(mode));
    cmd.add(page.toUri().toString());
    Path stdout = work.resolve("chromium.out");
    Path stderr = work.resolve("chromium.err");
    Process p =
        new ProcessBuilder(cmd)
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("chromium did not finish within 120 s: " + cmd);
    }
    assertEquals(0, p.exitValue(), () -> "chromium failed: " + read(stderr));
    return read(stdout);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(unreadable: " + e.getMessage() + ")";
    }
  }

  private static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** {@code check --html} of three models: one success, two counterexamples. */
  private static void writeReport(Path html) {
    CliRun run =
        CliRun.of(
            "check",
            "--html",
            html.toString(),
            CheckReportOptionsTest.model("seed_drain_inFlight"),
            CheckReportOptionsTest.model("seed_none_none_staleEffect"),
            CheckReportOptionsTest.model("keeps_none_virtio13"));
    assertEquals(12, run.exit(), run.err());
  }

  @Test
  void theReportRendersItsVerdictTableAndDiagramsInChromium(@TempDir Path dir) throws Exception {
    Path html = Files.createDirectories(TARGET).resolve("check-report.html");
    writeReport(html);

    String dom = chromium(html, dir, "--dump-dom");
    int table = dom.indexOf("<tbody>");
    String rows = dom.substring(table, dom.indexOf("</tbody>", table));
    assertEquals(3, count(rows, "<tr>"), rows);
    assertTrue(rows.contains("<td>seed_drain_inFlight</td>"), rows);
    assertTrue(rows.contains("<td class=\"good\">success</td>"), rows);
    assertTrue(rows.contains("<td>seed_none_none_staleEffect</td>"), rows);
    assertEquals(2, count(dom, "<svg "), "one diagram per counterexample");
    assertTrue(count(dom, "<text [^>]*>VF1 #2</text>") >= 1, "the re-created VF's lifeline");
    assertTrue(
        count(dom, "<text [^>]*>violated: NoStaleEffect</text>") == 1, "the violated property");
    assertTrue(dom.contains("DEVICE_NEEDS_RESET"));

    Path png = TARGET.resolve("check-report.png");
    Files.deleteIfExists(png);
    chromium(html, dir, "--screenshot=" + png, "--window-size=" + WIDTH + "," + HEIGHT);
    BufferedImage shot = ImageIO.read(png.toFile());
    assertEquals(WIDTH, shot.getWidth());
    assertEquals(HEIGHT, shot.getHeight());
    assertTrue(pixels(shot, 0xDAFBE1, 0) > 500, "the green 'success' cell is painted");
    assertTrue(pixels(shot, 0xFFEBE9, 0) > 500, "the red 'safety failure' cells are painted");
    assertTrue(
        pixels(shot, 0xD1242F, 24) > 100,
        "the diagram's red arrow (an OK ack for a gone VF) is painted");
  }

  /**
   * Measures the report's layout in Chromium: a copy of the page without its
   * Content-Security-Policy and with a script that writes what it measured into the DOM, which
   * {@code --dump-dom} prints.
   */
  private static final String MEASURE =
      """
      <script>
      const r = [];
      const main = document.querySelector('main');
      r.push('viewport ' + window.innerWidth);
      r.push('overflow ' + (document.documentElement.scrollWidth - window.innerWidth));
      for (const d of document.querySelectorAll('figure .diagram')) {
        const svg = d.querySelector('svg');
        const cs = getComputedStyle(d);
        const box = d.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
        r.push('diagram ' + svg.viewBox.baseVal.width + ' ' + svg.getBoundingClientRect().width + ' ' + box
            + ' ' + (d.getBoundingClientRect().right - main.getBoundingClientRect().right));
      }
      for (const p of document.querySelectorAll('pre')) r.push('pre ' + (p.scrollWidth - p.clientWidth));
      for (const l of document.querySelectorAll('svg line')) {
        if ((l.getAttribute('style') || '').includes('#D1242F')) r.push('stale ' + getComputedStyle(l).strokeWidth);
      }
      const out = document.createElement('pre');
      out.id = 'measured';
      out.textContent = r.join('\\n');
      document.body.appendChild(out);
      </script>
      """;

  @Test
  void atTwoWidthsNothingOverflowsEachDiagramFillsItsBoxAndTheStaleOkIsThick(@TempDir Path dir)
      throws Exception {
    Path html = dir.resolve("report.html");
    writeReport(html);
    String page = Files.readString(html, StandardCharsets.UTF_8);
    // the meaning of each property, from the spec's own comment, and the options by their names
    Path spec = CheckReportOptionsTest.SPEC_TLA.resolve("AdminCvqActors.tla");
    PropertyMeanings.Meaning noStale =
        PropertyMeanings.of(List.of(spec), List.of("NoStaleEffect")).values().iterator().next();
    assertTrue(noStale.comment().startsWith("\"From device level"), noStale.comment());
    assertTrue(
        page.contains(Html.escape(noStale.comment())), "NoStaleEffect's meaning is on the page");
    assertTrue(
        page.contains("<td>AdminCvqActors.tla:" + noStale.line() + "</td>"), "where it is defined");
    assertTrue(page.contains("VF reset: keeps config"), "keeps_none_virtio13's options by name");
    assertTrue(
        page.contains("DriverSync: drain, DeviceCheck: inFlight"), "the success row's options");

    Path measured = dir.resolve("measured.html");
    Files.writeString(
        measured,
        page.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>\n", "")
            .replace("</body>", MEASURE + "</body>"),
        StandardCharsets.UTF_8);
    for (int width : List.of(800, 1400)) {
      String dom = chromium(measured, dir, "--dump-dom", "--window-size=" + width + ",1000");
      String open = "<pre id=\"measured\">";
      int from = dom.indexOf(open);
      assertTrue(from >= 0, "the measuring script ran:\n" + dom);
      List<String> lines =
          dom.substring(from + open.length(), dom.indexOf("</pre>", from)).lines().toList();
      assertEquals("viewport " + width, lines.get(0));
      assertTrue(
          Double.parseDouble(lines.get(1).split(" ", -1)[1]) <= 0,
          width + " px: the page overflows: " + lines);
      List<String> diagrams = lines.stream().filter(l -> l.startsWith("diagram ")).toList();
      assertEquals(2, diagrams.size(), lines.toString());
      for (String d : diagrams) {
        String[] v = d.split(" ", -1);
        double natural = Double.parseDouble(v[1]);
        double drawn = Double.parseDouble(v[2]);
        double box = Double.parseDouble(v[3]);
        double want =
            Math.max(natural * HtmlPage.MIN_SCALE, Math.min(box, natural * HtmlPage.MAX_SCALE));
        assertEquals(want, drawn, 2.0, width + " px: " + d);
        assertTrue(
            Double.parseDouble(v[4]) <= 1,
            width + " px: the diagram's box stays inside the page: " + d);
      }
      lines.stream()
          .filter(l -> l.startsWith("pre "))
          .forEach(
              l ->
                  assertTrue(
                      Double.parseDouble(l.substring(4)) <= 0,
                      width + " px: a trace line overflows its box"));
      String thick = "stale " + SequenceDiagram.STALE_THICKNESS + "px";
      assertEquals(
          List.of(thick, thick),
          lines.stream().filter(l -> l.startsWith("stale ")).toList(),
          width + " px: each counterexample's OK for a gone generation is a thick arrow");
    }
  }

  /** The pixels whose every channel is within {@code tolerance} of {@code rgb}'s. */
  private static int pixels(BufferedImage image, int rgb, int tolerance) {
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int p = image.getRGB(x, y);
        if (Math.abs(((p >> 16) & 0xFF) - ((rgb >> 16) & 0xFF)) <= tolerance
            && Math.abs(((p >> 8) & 0xFF) - ((rgb >> 8) & 0xFF)) <= tolerance
            && Math.abs((p & 0xFF) - (rgb & 0xFF)) <= tolerance) {
          n++;
        }
      }
    }
    return n;
  }
}
