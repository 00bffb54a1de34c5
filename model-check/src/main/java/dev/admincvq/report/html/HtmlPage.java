package dev.admincvq.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A self-contained HTML page: a title and blocks in order, rendered to one file with its style
 * sheet and SVG figures inline, no external asset and no script (a Content-Security-Policy in the
 * page forbids loading anything). All text is escaped on rendering.
 *
 * <pre>{@code
 * String html =
 *     HtmlPage.titled("admincvq check")
 *         .heading("Verdicts")
 *         .table(Table.ofText(List.of("model", "verdict"), List.of(List.of("MC_a", "success"))))
 *         .pre(traceText)
 *         .figure(diagram.svg(), "MC_a: sequence diagram")
 *         .render();
 * }</pre>
 *
 * <p>Pages are values: every method returns a new page.
 *
 * @param title the page's title, shown as its {@code <h1>} and in the browser's tab
 * @param blocks the page's content, in order
 */
public record HtmlPage(String title, List<Block> blocks) {
  public HtmlPage {
    blocks = List.copyOf(blocks);
  }

  /** A part of the page. */
  public sealed interface Block permits Heading, Paragraph, TableBlock, Pre, Figure, BulletList {}

  /** A section heading; level 2 is a section, 3 a subsection (1 is the page title). */
  public record Heading(int level, String text) implements Block {
    public Heading {
      if (level < 2 || level > 4) {
        throw new IllegalArgumentException("heading level " + level + " (2..4)");
      }
    }
  }

  /** A paragraph of text. */
  public record Paragraph(String text) implements Block {}

  /** A table. */
  public record TableBlock(Table table) implements Block {}

  /** Preformatted text (a trace, a Markdown excerpt), shown in a monospace font as it is. */
  public record Pre(String text) implements Block {}

  /** An inline SVG image with a caption ({@code ""} for none). */
  public record Figure(Svg svg, String caption) implements Block {}

  /** A bulleted list of text items. */
  public record BulletList(List<String> items) implements Block {
    public BulletList {
      items = List.copyOf(items);
    }
  }

  /** An empty page with this title. */
  public static HtmlPage titled(String title) {
    return new HtmlPage(title, List.of());
  }

  /** This page with {@code block} appended. */
  public HtmlPage with(Block block) {
    List<Block> more = new ArrayList<>(blocks);
    more.add(block);
    return new HtmlPage(title, more);
  }

  /** With a section heading (level 2). */
  public HtmlPage heading(String text) {
    return with(new Heading(2, text));
  }

  /** With a subsection heading (level 3). */
  public HtmlPage subheading(String text) {
    return with(new Heading(3, text));
  }

  public HtmlPage paragraph(String text) {
    return with(new Paragraph(text));
  }

  public HtmlPage table(Table table) {
    return with(new TableBlock(table));
  }

  public HtmlPage pre(String text) {
    return with(new Pre(text));
  }

  public HtmlPage figure(Svg svg, String caption) {
    return with(new Figure(svg, caption));
  }

  public HtmlPage bullets(List<String> items) {
    return with(new BulletList(items));
  }

  /** A diagram is drawn at least this fraction of its own size (narrower, its box scrolls). */
  public static final double MIN_SCALE = 0.75;

  /** A diagram is drawn at most this multiple of its own size. */
  public static final double MAX_SCALE = 1.5;

  private static final String STYLE =
      """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;\
      margin:0;color:#1b1f24;background:#fff;line-height:1.45}
      main{max-width:1600px;margin:0 auto;padding:24px 28px 48px}
      h1{font-size:1.6em;margin:0 0 .6em;border-bottom:2px solid #d0d7de;padding-bottom:.3em}
      h2{font-size:1.25em;margin:1.6em 0 .5em}
      h3{font-size:1.05em;margin:1.3em 0 .4em}
      h4{font-size:1em;margin:1.1em 0 .3em}
      table{border-collapse:collapse;margin:.4em 0 1em;font-size:.92em;display:block;max-width:100%;overflow-x:auto}
      caption{text-align:left;font-weight:600;padding:.2em 0 .4em}
      th,td{border:1px solid #d0d7de;padding:.3em .6em;vertical-align:top;text-align:left}
      th{background:#f3f5f7}
      td.num{text-align:right;font-variant-numeric:tabular-nums}
      td.good{background:#dafbe1;white-space:nowrap}
      td.bad{background:#ffebe9;font-weight:600;white-space:nowrap}
      td.changed{background:#fff8c5;font-weight:600;white-space:nowrap}
      pre{background:#f6f8fa;border:1px solid #d0d7de;border-radius:4px;padding:.7em .9em;\
      white-space:pre-wrap;overflow-wrap:anywhere;font-size:.85em;line-height:1.35}
      figure{margin:.6em 0 1.4em}
      figure .diagram{overflow-x:auto;border:1px solid #d0d7de;border-radius:4px;padding:8px;background:#fff}
      figure .diagram svg{display:block;width:100% !important;height:auto !important}
      figcaption{font-size:.88em;color:#57606a;margin-top:.3em}
      """;

  /** The page as one HTML5 document. */
  public String render() {
    StringBuilder out = new StringBuilder(4096);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(Html.escape(title))
        .append("</title>\n")
        .append("<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<main>\n")
        .append("<h1>")
        .append(Html.escape(title))
        .append("</h1>\n");
    for (Block b : blocks) {
      render(b, out);
    }
    return out.append("</main>\n</body>\n</html>\n").toString();
  }

  private static void render(Block block, StringBuilder out) {
    if (block instanceof Heading h) {
      out.append("<h")
          .append(h.level())
          .append('>')
          .append(Html.escape(h.text()))
          .append("</h")
          .append(h.level())
          .append(">\n");
    } else if (block instanceof Paragraph p) {
      out.append("<p>").append(Html.escape(p.text())).append("</p>\n");
    } else if (block instanceof TableBlock t) {
      table(t.table(), out);
    } else if (block instanceof Pre p) {
      out.append("<pre>").append(Html.escape(p.text())).append("</pre>\n");
    } else if (block instanceof Figure f) {
      // The diagram fills the box, between 3/4 and 3/2 of its own size; narrower than that, the
      // box scrolls rather than the text shrinking out of reach.
      String fit =
          f.svg().width().stream()
              .mapToObj(
                  w ->
                      String.format(
                          Locale.ROOT,
                          " style=\"min-width:%.0fpx;max-width:%.0fpx\"",
                          w * MIN_SCALE,
                          w * MAX_SCALE))
              .findFirst()
              .orElse("");
      out.append("<figure>\n<div class=\"diagram\"><div class=\"fit\"")
          .append(fit)
          .append('>')
          .append(f.svg().markup())
          .append("</div></div>\n");
      if (!f.caption().isEmpty()) {
        out.append("<figcaption>").append(Html.escape(f.caption())).append("</figcaption>\n");
      }
      out.append("</figure>\n");
    } else if (block instanceof BulletList l) {
      out.append("<ul>\n");
      l.items().forEach(i -> out.append("<li>").append(Html.escape(i)).append("</li>\n"));
      out.append("</ul>\n");
    }
  }

  private static void table(Table t, StringBuilder out) {
    out.append("<table>\n");
    if (!t.caption().isEmpty()) {
      out.append("<caption>").append(Html.escape(t.caption())).append("</caption>\n");
    }
    out.append("<thead><tr>");
    t.header().forEach(h -> out.append("<th>").append(Html.escape(h)).append("</th>"));
    out.append("</tr></thead>\n<tbody>\n");
    for (List<Table.Cell> row : t.rows()) {
      out.append("<tr>");
      for (Table.Cell c : row) {
        String cls = (c.numeric() ? "num " : "") + c.tone().cssClass();
        out.append(cls.isBlank() ? "<td>" : "<td class=\"" + cls.strip() + "\">")
            .append(Html.escape(c.text()))
            .append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }
}
