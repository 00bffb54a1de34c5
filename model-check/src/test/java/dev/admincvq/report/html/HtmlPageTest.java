package dev.admincvq.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlPageTest {
  private static final String NASTY = "<script>alert('x')</script> & \"q\" </pre></td>";
  private static final String ESCAPED =
      "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot; &lt;/pre&gt;&lt;/td&gt;";

  @Test
  void everyTextIsEscapedWhereverItAppears() {
    String html =
        HtmlPage.titled(NASTY)
            .heading(NASTY)
            .subheading(NASTY)
            .paragraph(NASTY)
            .table(
                new Table(NASTY, List.of(NASTY), List.of(List.of(Table.Cell.of(NASTY, Tone.BAD)))))
            .pre(NASTY)
            .figure(new Svg("<svg><text>x</text></svg>"), NASTY)
            .bullets(List.of(NASTY))
            .render();
    assertFalse(html.contains("<script"), html);
    assertFalse(html.contains(NASTY));
    // title (twice), h2, h3, p, caption, th, td, pre, figcaption, li
    assertEquals(11, html.split(java.util.regex.Pattern.quote(ESCAPED), -1).length - 1, html);
  }

  @Test
  void blocksAppearInOrderAsTheirElements() {
    String html =
        HtmlPage.titled("T")
            .heading("Verdicts")
            .table(
                new Table(
                    "",
                    List.of("model", "states"),
                    List.of(List.of(Table.Cell.of("MC_a", Tone.GOOD), Table.Cell.number(12345)))))
            .pre("  1. Init\n  2. Next")
            .figure(new Svg("<svg width=\"10\"><rect/></svg>"), "diagram")
            .render();
    int h2 = html.indexOf("<h2>Verdicts</h2>");
    int table = html.indexOf("<td class=\"good\">MC_a</td><td class=\"num\">12,345</td>");
    int pre = html.indexOf("<pre>  1. Init\n  2. Next</pre>");
    int svg =
        html.indexOf(
            "<div class=\"diagram\"><div class=\"fit\"><svg width=\"10\"><rect/></svg></div></div>");
    assertTrue(h2 > 0 && table > h2 && pre > table && svg > pre, html);
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("<th>model</th><th>states</th>"));
  }

  @Test
  void aDiagramIsDrawnBetweenThreeQuartersAndOneAndAHalfOfItsOwnWidth() {
    String html =
        HtmlPage.titled("T")
            .figure(new Svg("<svg viewBox=\"0 0 600 400\" width=\"600px\"><g/></svg>"), "")
            .render();
    assertTrue(
        html.contains("<div class=\"fit\" style=\"min-width:450px;max-width:900px\"><svg viewBox"),
        html);
  }

  @Test
  void thePageLoadsNothingFromOutside() {
    String html =
        HtmlPage.titled("T").paragraph("p").figure(new Svg("<svg><g/></svg>"), "").render();
    assertTrue(
        html.contains(
            "Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\""));
    assertFalse(html.contains("<link"));
    assertFalse(html.contains(" src="));
    assertFalse(html.contains("href="));
    assertFalse(html.contains("<figcaption>"), "no caption element for an empty caption");
  }

  @Test
  void aRowMustHaveACellPerColumn() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Table.ofText(List.of("a", "b"), List.of(List.of("only one"))));
    assertEquals("a row of 1 cells in a table of 2 columns", e.getMessage());
  }

  @Test
  void svgKeepsOnlyTheElementAndRefusesScripts() {
    Svg svg = Svg.of("<?xml version=\"1.0\"?><!-- c --><svg a=\"1\"><?plantuml 1.0?><g/></svg>\n");
    assertEquals("<svg a=\"1\"><g/></svg>", svg.markup());
    assertTrue(svg.asFile().startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\""));
    assertThrows(IllegalArgumentException.class, () -> new Svg("<svg><script>x()</script></svg>"));
    assertThrows(IllegalArgumentException.class, () -> new Svg("<div></div>"));
    assertThrows(IllegalArgumentException.class, () -> Svg.of("no svg here"));
  }

  @Test
  void headingLevelsAreSectionLevels() {
    assertThrows(IllegalArgumentException.class, () -> new HtmlPage.Heading(1, "x"));
    assertThrows(IllegalArgumentException.class, () -> new HtmlPage.Heading(5, "x"));
  }
}
