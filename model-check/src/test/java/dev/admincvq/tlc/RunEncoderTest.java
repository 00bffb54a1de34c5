package dev.admincvq.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.admincvq.model.TlaValue;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What goes into a run decodes to what was sent, whichever form each integer takes. */
class RunEncoderTest {
  private static TlaValue.Int integer(BigInteger n) {
    return new TlaValue.Int(n);
  }

  @Test
  void anEventRecordDecodesToItselfWithIntegersOfEveryWidth() {
    BigInteger pastInt = BigInteger.valueOf(Integer.MAX_VALUE).add(BigInteger.ONE);
    TlaValue event =
        new TlaValue.Rec(
            List.of(
                new TlaValue.Rec.Field("action", new TlaValue.Str("DriverSriovDisable")),
                new TlaValue.Rec.Field("c", integer(BigInteger.valueOf(200))),
                new TlaValue.Rec.Field("low", integer(BigInteger.valueOf(Integer.MIN_VALUE))),
                new TlaValue.Rec.Field("high", integer(BigInteger.valueOf(Integer.MAX_VALUE))),
                new TlaValue.Rec.Field("past", integer(pastInt)),
                new TlaValue.Rec.Field("ignored", new TlaValue.Bool(true)),
                new TlaValue.Rec.Field(
                    "flushed",
                    new TlaValue.Seq(
                        List.of(integer(BigInteger.ONE), integer(BigInteger.valueOf(-3)))))));

    assertEquals(event, RunDecoder.valueOf(RunEncoder.tagged(event)));
  }

  @Test
  void anIntegerThatFitsAnIntGoesAsAnIntegerAndALargerOneTagged() {
    assertEquals(
        Integer.valueOf(Integer.MAX_VALUE),
        RunEncoder.tagged(integer(BigInteger.valueOf(Integer.MAX_VALUE))));
    assertEquals(
        Integer.valueOf(Integer.MIN_VALUE),
        RunEncoder.tagged(integer(BigInteger.valueOf(Integer.MIN_VALUE))));
    Object past =
        RunEncoder.tagged(integer(BigInteger.valueOf(Integer.MAX_VALUE).add(BigInteger.ONE)));
    assertInstanceOf(Map.class, past);
    assertEquals(Map.of("#bigint", "2147483648"), past);
  }
}
