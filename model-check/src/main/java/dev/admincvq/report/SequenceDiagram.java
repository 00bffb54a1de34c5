package dev.admincvq.report;

import dev.admincvq.model.State;
import dev.admincvq.model.Step;
import dev.admincvq.model.Trace;
import dev.admincvq.reference.SpecVariable;
import dev.admincvq.report.html.Svg;
import java.util.Optional;
import java.util.Set;

/**
 * A counterexample as a sequence diagram (PlantUML source, rendered to SVG by {@link #svg()}).
 *
 * <p>For a trace of the AdminCvqActors spec (its initial state binds {@code vfEnable, vfState, gen,
 * req, adminQ, vfq, resetNotice, drvIgnore}) each step is drawn from the actor that takes it, as
 * the spec assigns its actions: the management driver ({@code Driver...}), each VF's own driver
 * ({@code VfDriver...}, one lifeline per VF) and the device ({@code Device...}), with the admin CVQ
 * between driver and device and one lifeline per VF generation ("VF1 #1", "VF1 #2"): a generation
 * is created by SR-IOV enable or by a VF reset that re-creates the VF, destroyed by SR-IOV disable
 * or that reset, and its DEVICE_NEEDS_RESET period is a red activation bar. Each step is numbered
 * as in the text trace:
 *
 * <ul>
 *   <li>{@code DriverSubmitAdmin}: management driver -> admin CVQ, the command, its target and the
 *       generation stamped on it (under {@code wireGen});
 *   <li>{@code DeviceFetch}: admin CVQ -> device;
 *   <li>{@code DeviceProcess}, {@code DeviceProcessVf}: device -> the VF generation the command
 *       acts on (device -> device for the PF itself or when no VF exists), with the ack; a thick
 *       red arrow with a bold red label when the device acks OK a command whose generation was
 *       gone;
 *   <li>{@code DriverCollect}: device -> management driver (dashed), the ack and whether the driver
 *       ignores it; {@code DriverLearnVfReset}: the notification it takes;
 *   <li>{@code VfDriverSubmit}, {@code VfDriverReset}: VF driver -> its VF, on the VF's own CVQ or
 *       its device status;
 *   <li>{@code DriverSriovDisable}, {@code DriverSriovEnable}: management driver -> device, with
 *       the generations destroyed and created; {@code DeviceVfNeedsReset}: a note on the
 *       generation.
 * </ul>
 *
 * The violated property (or how a lasso repeats) is a note across the end. Wrapped actions of a
 * model ({@code MCDriverSriovEnable}) are read as the action they wrap. A trace of any other spec,
 * or one whose values are not shaped as AdminCvqActors' (a changed spec), gets one lifeline with
 * one numbered self-message per step.
 *
 * @param kind which layout was used
 * @param plantUml the diagram's PlantUML source
 */
public record SequenceDiagram(Kind kind, String plantUml) {

  /** The layout: the admin CVQ's participants, or one lifeline for any spec. */
  public enum Kind {
    ADMIN_CVQ,
    GENERIC
  }

  /** A trace whose states have these variables is drawn in the actors' layout. */
  private static final Set<String> ADMIN_CVQ_VARIABLES =
      SpecVariable.specNames(
          SpecVariable.VF_ENABLE,
          SpecVariable.VF_STATE,
          SpecVariable.GEN,
          SpecVariable.REQ,
          SpecVariable.ADMIN_Q,
          SpecVariable.VFQ,
          SpecVariable.RESET_NOTICE,
          SpecVariable.DRV_IGNORE);

  /** The longest line of a label: a longer label is wrapped at spaces. */
  static final int LABEL_LINE = 90;

  /** The most lines of a label: a longer one is cut (the text trace has it whole). */
  static final int LABEL_LINES = 6;

  /**
   * The stereotype of a message that acks OK a command whose generation was gone, and the colour of
   * its arrow and label ({@link #STALE_COLOUR}, drawn {@link #STALE_THICKNESS} px thick, the label
   * in bold): the one step a reader must not miss.
   */
  static final String STALE = "staleOk";

  /** The colour of a stale OK's arrow and label. */
  public static final String STALE_COLOUR = "#D1242F";

  /** The thickness of a stale OK's arrow, in px (every other arrow is 1 px). */
  public static final int STALE_THICKNESS = 3;

  /**
   * The diagram of {@code trace}.
   *
   * @param title shown above the diagram (e.g. the model's name); {@code ""} for none
   * @param violated the property the trace violates, noted at its end, if known
   */
  public static SequenceDiagram of(String title, Trace trace, Optional<String> violated) {
    boolean adminCvq =
        !trace.steps().isEmpty()
            && trace.steps().get(0).state().bindings().stream()
                .map(State.Binding::variable)
                .toList()
                .containsAll(ADMIN_CVQ_VARIABLES);
    if (adminCvq) {
      try {
        DiagramSource src = new DiagramSource(title);
        new ActorsLayout(src).draw(trace);
        end(src, trace, violated);
        return new SequenceDiagram(Kind.ADMIN_CVQ, src.finish());
      } catch (IllegalArgumentException | ArithmeticException notShapedLikeAdminCvqActors) {
        // a changed spec (e.g. one side of a review) whose values are not shaped as its own:
        // the generic layout still shows every step
      }
    }
    DiagramSource src = new DiagramSource(title);
    generic(src, trace);
    end(src, trace, violated);
    return new SequenceDiagram(Kind.GENERIC, src.finish());
  }

  /** The diagram as an inline SVG element (rendered in this JVM; about 30 ms once warm). */
  public Svg svg() {
    return PlantUmlSvg.render(plantUml);
  }

  private static void generic(DiagramSource src, Trace trace) {
    src.line("participant \"behaviour\" as S");
    for (Step s : trace.steps()) {
      src.line("S -> S : " + src.label(s.number() + ". " + s.actionCall()));
    }
  }

  private static void end(DiagramSource src, Trace trace, Optional<String> violated) {
    if (trace.loopsBackTo().isPresent()) {
      src.line(
          "note across : "
              + src.label(
                  "then back to state "
                      + trace.loopsBackTo().getAsInt()
                      + ": the behaviour repeats forever"));
    } else if (trace.stutters()) {
      src.line("note across : " + src.label("then stutters forever: nothing else happens"));
    }
    violated.ifPresent(v -> src.line("note across #FFD7D5 : " + src.label("violated: " + v)));
  }
}
