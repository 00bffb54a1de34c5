package dev.admincvq.reference.trace;

import dev.admincvq.reference.Options;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.Optional;

/**
 * Writes one NDJSON line per step: {@code {"seq":1,"action":"DriverSubmitAdmin","c":1,...}},
 * numbering steps from 1 (state {@code seq} is the state after that step; state 0 is {@code Init}).
 * A sink made {@link #withHeader with a header} first writes line {@code seq 0}, {@code Init},
 * naming the constants the run was built with, so that the file alone says against which design a
 * trace validator must check it.
 *
 * <p>A write failure does not disturb the actor that emitted the event: the sink keeps the first
 * {@link IOException}, writes nothing more, reports it by {@link #failure()} and throws it from
 * {@link #close()}. Not thread-safe by itself; the device lock serialises {@link #emit}.
 */
public final class NdjsonTraceSink implements TraceSink, Closeable {

  private final Writer out;
  private long seq;
  private Optional<IOException> failure = Optional.empty();

  /**
   * A sink writing to {@code out}; the sink owns it and closes it in {@link #close()}.
   *
   * @param out where the lines go (UTF-8 is the caller's choice)
   */
  public NdjsonTraceSink(Writer out) {
    this.out = out;
  }

  /**
   * A sink that first writes the header line (the spec's constants; see {@link #headerLine}).
   *
   * @param out where the lines go; the sink owns it
   * @param constants the options the run's machine claims to implement
   * @return the sink
   * @throws IOException if the header cannot be written
   */
  public static NdjsonTraceSink withHeader(Writer out, Options constants) throws IOException {
    out.write(headerLine(constants));
    out.write('\n');
    return new NdjsonTraceSink(out);
  }

  /**
   * The header line (no newline) for a run built with {@code constants}: {@code
   * {"seq":0,"action":"Init","MaxVFs":1,"DriverSync":"barrier",...}}, one field per constant of
   * {@code AdminCvqActors} that chooses the design or reads an open point, named as in the spec.
   */
  public static String headerLine(Options constants) {
    TraceEvent.Builder b = TraceEvent.init();
    b.put("MaxVFs", constants.maxVfs());
    b.put("DriverSync", constants.driverSync().specName());
    b.put("DeviceCheck", constants.deviceCheck().specName());
    b.put("InOrder", constants.inOrder());
    b.put("NeedsResetDestroys", constants.needsResetDestroys());
    b.put("VfResetKeepsConfig", constants.vfResetKeepsConfig());
    b.put("NumVFsFixed", constants.numVfsFixed());
    b.put("ResetNotice", constants.resetNotice().specName());
    return b.build().toJson(0);
  }

  @Override
  public boolean enabled() {
    return true;
  }

  @Override
  public void emit(TraceEvent event) {
    if (failure.isPresent()) {
      return;
    }
    seq++;
    try {
      out.write(event.toJson(seq));
      out.write('\n');
    } catch (IOException e) {
      failure = Optional.of(e);
    }
  }

  /** The number of events emitted so far. */
  public long events() {
    return seq;
  }

  /** The first write failure, if any; after it, no line was written. */
  public Optional<IOException> failure() {
    return failure;
  }

  /**
   * Flushes and closes the writer.
   *
   * @throws IOException the first write failure, or the flush's or close's
   */
  @Override
  public void close() throws IOException {
    try (Writer w = out) {
      if (failure.isPresent()) {
        throw failure.get();
      }
      w.flush();
    }
  }
}
