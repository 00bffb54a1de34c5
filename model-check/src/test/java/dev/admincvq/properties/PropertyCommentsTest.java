package dev.admincvq.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PropertyCommentsTest {
  private static final String HEAD = "---- MODULE M ----\nSpec == TRUE\n----\n";

  @Test
  void theCommentAboveAHelperBelongsToThePropertyAfterIt() {
    List<SpecProperty> ps =
        PropertyComments.parse(
            HEAD
                + """
                (* "From driver level: the driver should synchronize" *)
                Settled(t) == t = t

                Agreement == \\A t \\in {1} : Settled(t)
                ====
                """);
    assertEquals(1, ps.size());
    assertEquals("Agreement", ps.get(0).name());
    assertEquals(7, ps.get(0).line());
    assertEquals(
        List.of(new Citation("From driver level: the driver should synchronize", "the thread")),
        ps.get(0).citations());
  }

  @Test
  void sourcesAreTakenFromTheCommentWhereItNamesThem() {
    assertEquals(
        List.of(
            new Citation(
                "The driver sets class, command and data", "virtio-net spec, DOMAIN.md section 1"),
            new Citation("completes each returned cmd", "Linux"),
            new Citation("There is little the driver can do", "DOMAIN.md section 1"),
            new Citation("The device MUST process commands in order", "normative spec text"),
            new Citation("just waiting all commands failed", "the thread")),
        PropertyComments.citations(
            "virtio-net: \"The driver sets class, command and data\" (DOMAIN.md section 1), and Linux"
                + " \"completes each returned cmd\". Also (\"There is little the driver can do\", DOMAIN.md section 1)."
                + " \"The device MUST process commands in order\" and the thread's driver may be"
                + " \"just waiting all commands failed\"."));
  }

  @Test
  void shortQuotesAreValuesNotStatements() {
    assertEquals(
        List.of(),
        PropertyComments.citations("under \"drain\" or \"barrier\" the device acks \"OK\""));
  }

  @Test
  void definitionsOutsideThePropertiesSectionAreNotProperties() {
    List<SpecProperty> ps =
        PropertyComments.parse(
            "---- MODULE M ----\nTypeOK == TRUE\nSpec == TRUE\n----\nP == TRUE\n----\nTHEOREM Spec => []P\nQ == TRUE\n====\n");
    assertEquals(List.of("P"), ps.stream().map(SpecProperty::name).toList());
  }
}
