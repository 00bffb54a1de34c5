package dev.admincvq.properties;

import java.util.List;

/**
 * A table generated from the sources, printed as Markdown or JSON, with what does not hold of it.
 */
public interface PrintedTable {
  String markdown();

  String json();

  /** What does not hold, one line each; empty when everything is traced. */
  List<String> problems();
}
