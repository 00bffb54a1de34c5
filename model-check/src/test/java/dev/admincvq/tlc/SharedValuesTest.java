package dev.admincvq.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.admincvq.model.State;
import dev.admincvq.model.TlaValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedValuesTest {
  /** A fresh object for each call, equal to every other: as a decoder makes equal values apart. */
  private static TlaValue command() {
    return new TlaValue.Rec(
        List.of(
            new TlaValue.Rec.Field("op", new TlaValue.Str("setMac")),
            new TlaValue.Rec.Field("arg", TlaValue.Int.of(1)),
            new TlaValue.Rec.Field(
                "reply",
                new TlaValue.Fcn(
                    List.of(
                        new TlaValue.Fcn.Pair(
                            new TlaValue.ModelValue("m1"),
                            new TlaValue.SetOf(List.of(TlaValue.Int.of(0)))))))));
  }

  @Test
  void equalValuesDecodedApartBecomeOneObjectAndStayEqual() {
    SharedValues shared = new SharedValues();
    TlaValue first = command();
    TlaValue second = command();
    assertNotSame(first, second);

    TlaValue a = shared.value(first);
    TlaValue b = shared.value(second);

    assertSame(a, b);
    assertEquals(first, a, "sharing changes no value");
    assertSame(a, shared.value(a), "a shared value is its own");
  }

  @Test
  void equalPartsOfDifferentValuesAreOneObject() {
    SharedValues shared = new SharedValues();
    TlaValue queue = shared.value(new TlaValue.Seq(List.of(command(), command())));
    TlaValue inFlight = shared.value(new TlaValue.SetOf(List.of(command(), TlaValue.Int.of(7))));

    List<TlaValue> elements = ((TlaValue.Seq) queue).elements();
    assertSame(elements.get(0), elements.get(1));
    assertSame(elements.get(0), ((TlaValue.SetOf) inFlight).elements().get(0));
    assertSame(shared.value(TlaValue.Int.of(7)), ((TlaValue.SetOf) inFlight).elements().get(1));
  }

  @Test
  void aVariableBoundToEqualValuesIsOneBindingAndAnotherVariableIsAnother() {
    SharedValues shared = new SharedValues();
    State.Binding x = shared.binding("pending", command());
    State.Binding y = shared.binding("pending", command());
    State.Binding z = shared.binding("done", command());

    assertSame(x, y);
    assertNotSame(x, z);
    assertSame(x.value(), z.value());
    assertEquals(new State.Binding("done", command()), z);
  }

  @Test
  void equalParameterListsAreOneList() {
    SharedValues shared = new SharedValues();
    List<State.Binding> p =
        shared.parameters(List.of(new State.Binding("c", TlaValue.Int.of(1)), binding("t", 0)));
    List<State.Binding> q =
        shared.parameters(List.of(new State.Binding("c", TlaValue.Int.of(1)), binding("t", 0)));
    List<State.Binding> r =
        shared.parameters(List.of(new State.Binding("c", TlaValue.Int.of(2)), binding("t", 0)));

    assertSame(p, q);
    assertNotSame(p, r);
    assertSame(p.get(1), r.get(1));
    assertEquals(List.of(binding("c", 2), binding("t", 0)), r);
  }

  private static State.Binding binding(String name, long value) {
    return new State.Binding(name, TlaValue.Int.of(value));
  }
}
