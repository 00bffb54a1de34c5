package dev.admincvq.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.admincvq.cli.CliRun;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/traceability.md} is the output of {@code ./admincvq properties}, never edited by
 * hand.
 */
class TraceabilityDocTest {
  @Test
  void committedTraceabilityTableIsWhatThePropertiesCommandPrintsNow() {
    CliRun r = CliRun.of("properties");
    assertEquals(0, r.exit(), r.err());
    GeneratedDoc.exact("docs/traceability.md", "./admincvq properties > docs/traceability.md")
        .assertCommittedCopyIs(r.out());
  }
}
