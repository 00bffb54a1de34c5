package dev.admincvq.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.admincvq.model.TlaValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItfWriterTest {
  @Test
  void valuesUseItfEncodings() {
    TlaValue v =
        new TlaValue.Rec(
            List.of(
                new TlaValue.Rec.Field("n", TlaValue.Int.of(7)),
                new TlaValue.Rec.Field("s", new TlaValue.SetOf(List.of(new TlaValue.Bool(true)))),
                new TlaValue.Rec.Field("q", new TlaValue.Seq(List.of(new TlaValue.Str("a")))),
                new TlaValue.Rec.Field(
                    "f",
                    new TlaValue.Fcn(
                        List.of(
                            new TlaValue.Fcn.Pair(
                                TlaValue.Int.of(0), new TlaValue.ModelValue("NoCmd")))))));
    assertEquals(
        "{\"n\":{\"#bigint\":\"7\"},\"s\":{\"#set\":[true]},\"q\":[\"a\"],"
            + "\"f\":{\"#map\":[[{\"#bigint\":\"0\"},{\"#unserializable\":\"NoCmd\"}]]}}",
        ItfWriter.value(v).toString());
  }
}
