package dev.admincvq.reference.adminvq.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class GroupTypeTest {
  @Test
  void eachGroupTypeIsFoundByItsSpecName() {
    for (GroupType g : GroupType.values()) {
      assertEquals(Optional.of(g), GroupType.ofSpecName(g.specName()));
    }
    assertEquals(Optional.of(GroupType.SRIOV), GroupType.ofSpecName("sriov"));
  }

  @Test
  void aNameTheSpecDoesNotGiveAGroupFindsNone() {
    assertEquals(Optional.empty(), GroupType.ofSpecName("SRIOV"));
    assertEquals(Optional.empty(), GroupType.ofSpecName("owner"));
  }
}
