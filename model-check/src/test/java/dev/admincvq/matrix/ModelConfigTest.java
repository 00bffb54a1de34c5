package dev.admincvq.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelConfigTest {
  private static final String CFG =
      """
      \\* Expected: success -- INVARIANTS in a comment is not a section
      CONSTANTS
          Max = 5
          Name = "INVARIANT"
      SPECIFICATION Spec
      INVARIANTS TypeOK
          Small
      (* PROPERTY Hidden *)
      PROPERTIES Live AckProp
      CHECK_DEADLOCK FALSE
      """;

  @Test
  void listsInvariantsAndPropertiesButNotWordsInCommentsOrStrings() {
    ModelConfig c = ModelConfig.parse(CFG);
    assertEquals(List.of("TypeOK", "Small"), c.invariants());
    assertEquals(List.of("Live", "AckProp"), c.properties());
  }

  @Test
  void checkingOnlyOneInvariantDropsTheOthersAndKeepsTheRest() {
    String only = ModelConfig.parse(CFG).checkingOnly("Small");
    ModelConfig c = ModelConfig.parse(only);
    assertEquals(List.of("Small"), c.invariants());
    assertEquals(List.of(), c.properties());
    assertTrue(only.contains("Max = 5") && only.contains("CHECK_DEADLOCK FALSE"), only);
    assertTrue(only.contains("SPECIFICATION Spec"), only);
  }

  @Test
  void checkingOnlyOnePropertyChecksItAsAProperty() {
    ModelConfig c = ModelConfig.parse(ModelConfig.parse(CFG).checkingOnly("Live"));
    assertEquals(List.of("Live"), c.properties());
    assertFalse(c.invariants().contains("TypeOK"));
  }
}
