package dev.admincvq.report;

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

  String label(String s) {
    String cut =
        s.length() > SequenceDiagram.MAX_LABEL
            ? s.substring(0, SequenceDiagram.MAX_LABEL - 3) + "..."
            : s;
    return PlantUmlSvg.text(cut);
  }

  String finish() {
    return text.append("@enduml\n").toString();
  }
}
