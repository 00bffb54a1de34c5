package dev.admincvq.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigFactsTest {
  private static final String CFG =
      """
      \\* Expected: success
      CONSTANTS
          NumVFs <- MCNumVFs
          MaxInc = 2
          DriverSync = "drain"
      SPECIFICATION MCSpec
      INVARIANTS A B
      PROPERTIES C
      """;

  @Test
  void constantsAreReadAsWritten() {
    assertEquals(
        Map.of("NumVFs", "<- MCNumVFs", "MaxInc", "= 2", "DriverSync", "= \"drain\""),
        ConfigFacts.parse(CFG).constants());
  }

  @Test
  void theSameConfigurationChecksAnySubsetOfItsProperties() {
    ConfigFacts f = ConfigFacts.parse(CFG);
    assertEquals(List.of("A", "B", "C"), f.checked());
    String onlyBC = f.checking(List.of("B", "C"));
    assertEquals(List.of("B"), ConfigFacts.parse(onlyBC).config().invariants());
    assertEquals(List.of("C"), ConfigFacts.parse(onlyBC).config().properties());
    assertEquals(List.of(), ConfigFacts.parse(f.checking(List.of())).checked());
    assertEquals(f.constants(), ConfigFacts.parse(onlyBC).constants());
  }
}
