package dev.admincvq.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.admincvq.model.State;
import dev.admincvq.model.TlaValue;
import dev.admincvq.tlc.answer.Binding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A graph answer decoded with its sharing kept: one tagged object, one decoded object. */
class SharedValuesTest {
  private static Map<String, Object> tagged(String tag, Object content) {
    return Map.of(tag, content);
  }

  private static Object integer(long n) {
    return tagged("#bigint", Long.toString(n));
  }

  /** A command record whose parts are {@code arg}, as the run's encoder gives them. */
  private static Object command(Object arg) {
    return tagged(
        "#rec",
        List.of(
            List.of("op", "setMac"),
            List.of("arg", arg),
            List.of("reply", tagged("#set", List.of(tagged("#modelValue", "m1"))))));
  }

  @Test
  void aTaggedObjectIsDecodedOnceAndItsPartsToo() {
    SharedValues shared = new SharedValues();
    Object one = integer(1);
    Object cmd = command(one);
    Object queue = tagged("#seq", List.of(cmd, cmd));

    TlaValue decoded = shared.value(queue);

    assertEquals(RunDecoder.valueOf(queue), decoded, "sharing changes no value");
    List<TlaValue> elements = ((TlaValue.Seq) decoded).elements();
    assertSame(elements.get(0), elements.get(1), "one tagged part, one decoded part");
    assertSame(elements.get(0), shared.value(cmd));
    assertSame(shared.value(one), elements.get(0).field("arg"));
  }

  @Test
  void aVariableBoundToOneValueIsOneBindingAndAnotherVariableIsAnother() {
    SharedValues shared = new SharedValues();
    Object cmd = command(integer(1));
    State.Binding x = shared.bindings(List.of(new Binding("pending", cmd))).get(0);
    State.Binding y = shared.bindings(List.of(new Binding("pending", cmd))).get(0);
    State.Binding z = shared.bindings(List.of(new Binding("done", cmd))).get(0);

    assertSame(x, y);
    assertNotSame(x, z);
    assertSame(x.value(), z.value());
    assertEquals(new State.Binding("done", RunDecoder.valueOf(cmd)), z);
  }

  @Test
  void equalParameterListsAreOneList() {
    SharedValues shared = new SharedValues();
    Object one = integer(1);
    Object zero = integer(0);
    List<State.Binding> p =
        shared.parameters(List.of(new Binding("c", one), new Binding("t", zero)));
    List<State.Binding> q =
        shared.parameters(List.of(new Binding("c", one), new Binding("t", zero)));
    List<State.Binding> r =
        shared.parameters(List.of(new Binding("c", integer(2)), new Binding("t", zero)));

    assertSame(p, q);
    assertNotSame(p, r);
    assertSame(p.get(1), r.get(1));
    assertEquals(
        List.of(
            new State.Binding("c", TlaValue.Int.of(2)), new State.Binding("t", TlaValue.Int.of(0))),
        r);
  }
}
