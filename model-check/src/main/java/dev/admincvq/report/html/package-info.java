/**
 * Self-contained HTML pages: one file with its CSS and SVG figures inline, no external assets and
 * no script. A page ({@link dev.admincvq.report.html.HtmlPage}) is an immutable list of blocks
 * (headings, paragraphs, tables, preformatted text, SVG figures); every text is escaped when the
 * page is rendered, so no value from a spec or a trace can change the page's structure.
 */
package dev.admincvq.report.html;
