package dev.admincvq.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** PlantUML source under construction. */
final class DiagramSource {
  private final StringBuilder text = new StringBuilder(2048);

  DiagramSource(String title) {
    text.append("@startuml\n")
        .append("skinparam shadowing false\n")
        .append("skinparam sequenceMessageAlign left\n")
        .append("skinparam responseMessageBelowArrow true\n")
        .append("skinparam noteBackgroundColor #FFFBE6\n")
        .append("hide footbox\n")
        .append("<style>\nsequenceDiagram {\n  .")
        .append(SequenceDiagram.STALE)
        .append(" {\n    LineColor ")
        .append(SequenceDiagram.STALE_COLOUR)
        .append("\n    LineThickness ")
        .append(SequenceDiagram.STALE_THICKNESS)
        .append("\n    FontColor ")
        .append(SequenceDiagram.STALE_COLOUR)
        .append("\n    FontStyle bold\n  }\n}\n</style>\n");
    if (!title.isEmpty()) {
      text.append("title ").append(PlantUmlSvg.text(title)).append('\n');
    }
  }

  void line(String l) {
    text.append(l).append('\n');
  }

  /**
   * {@code s} as a label: PlantUML text ({@link PlantUmlSvg#text}), wrapped at spaces into lines of
   * at most {@link SequenceDiagram#LABEL_LINE} characters (a longer word is split), and cut after
   * {@link SequenceDiagram#LABEL_LINES} lines (the text trace has it whole).
   */
  String label(String s) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : s.split(" ", -1)) {
      String rest = word;
      while (!rest.isEmpty() || line.length() == 0) {
        int room = SequenceDiagram.LABEL_LINE - line.length() - (line.length() > 0 ? 1 : 0);
        if (rest.length() <= room) {
          line.append(line.length() > 0 ? " " : "").append(rest);
          break;
        }
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        } else {
          lines.add(rest.substring(0, SequenceDiagram.LABEL_LINE));
          rest = rest.substring(SequenceDiagram.LABEL_LINE);
        }
      }
    }
    lines.add(line.toString());
    if (lines.size() > SequenceDiagram.LABEL_LINES) {
      String last = lines.get(SequenceDiagram.LABEL_LINES - 1);
      lines = new ArrayList<>(lines.subList(0, SequenceDiagram.LABEL_LINES - 1));
      lines.add(last.substring(0, Math.min(last.length(), SequenceDiagram.LABEL_LINE - 3)) + "...");
    }
    return lines.stream().map(PlantUmlSvg::text).collect(Collectors.joining("\\n"));
  }

  String finish() {
    return text.append("@enduml\n").toString();
  }
}
