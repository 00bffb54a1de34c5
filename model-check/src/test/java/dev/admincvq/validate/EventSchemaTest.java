package dev.admincvq.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.reference.SpecAction;
import dev.admincvq.reference.adminvq.AvqAction;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A trace's schema names the spec's actions as the vocabulary does ({@link SpecAction}, {@link
 * AvqAction}, compared with the spec by SANY in {@code ActorReadsTest} and {@code
 * AdminVqActorReadsTest}): one event kind per action, and each action's parameters among its
 * events' required fields.
 */
class EventSchemaTest {

  @Test
  void theActorsSchemaHasAnEventPerActionCarryingItsParameters() {
    Map<String, List<String>> vocabulary =
        Arrays.stream(SpecAction.values())
            .collect(Collectors.toMap(SpecAction::specName, SpecAction::parameters));
    assertSchemaFollows(EventSchema.ACTORS, vocabulary);
  }

  @Test
  void theAdminVqSchemaHasAnEventPerActionCarryingItsParameters() {
    Map<String, List<String>> vocabulary =
        Arrays.stream(AvqAction.values())
            .collect(Collectors.toMap(AvqAction::specName, AvqAction::parameters));
    assertSchemaFollows(EventSchema.ADMINVQ, vocabulary);
  }

  @Test
  void anEventWithoutAnActionsParameterIsCaught() {
    EventSchema noC = new EventSchema(List.of(), Map.of("DeviceFetch", List.of()));
    assertTrue(
        missingParameters(noC, Map.of("DeviceFetch", List.of("c"))).contains("DeviceFetch.c"));
  }

  private static void assertSchemaFollows(
      EventSchema schema, Map<String, List<String>> vocabulary) {
    assertEquals(vocabulary.keySet().stream().sorted().toList(), schema.actions());
    assertEquals(List.of(), missingParameters(schema, vocabulary));
  }

  /**
   * Each {@code action.parameter} of the vocabulary that is no required field of the action's
   * events.
   */
  private static List<String> missingParameters(
      EventSchema schema, Map<String, List<String>> vocabulary) {
    return vocabulary.entrySet().stream()
        .flatMap(
            e -> {
              List<String> fields =
                  schema.fieldsOf(e.getKey()).orElse(List.of()).stream()
                      .map(EventSchema.Field::name)
                      .toList();
              return e.getValue().stream()
                  .filter(p -> !fields.contains(p))
                  .map(p -> e.getKey() + "." + p);
            })
        .sorted()
        .toList();
  }
}
