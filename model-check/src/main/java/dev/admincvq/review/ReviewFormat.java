package dev.admincvq.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.Optional;

/** The formats of a review report. */
public enum ReviewFormat {
  MD("md"),
  JSON("json"),
  HTML("html");

  private final String word;

  ReviewFormat(String word) {
    this.word = word;
  }

  /** The format {@code word} ({@code md}, {@code json}, {@code html}) names. */
  public static Optional<ReviewFormat> named(String word) {
    return Arrays.stream(values()).filter(f -> f.word.equals(word)).findFirst();
  }

  /** The report in this format. */
  public String render(ReviewReport report) {
    return switch (this) {
      case MD -> ReviewMarkdown.render(report);
      case HTML -> ReviewHtml.render(report);
      case JSON -> json(report);
    };
  }

  private static String json(ReviewReport report) {
    try {
      return new ObjectMapper()
              .writerWithDefaultPrettyPrinter()
              .writeValueAsString(ReviewJson.of(report))
          + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a review report is always JSON-serialisable", e);
    }
  }
}
