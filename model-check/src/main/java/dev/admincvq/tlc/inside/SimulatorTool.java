package dev.admincvq.tlc.inside;

import dev.admincvq.tlc.answer.HookReport;
import java.lang.reflect.Field;
import java.util.Optional;
import tlc2.TLCGlobals;
import tlc2.tool.ITool;
import tlc2.tool.Simulator;

/**
 * The evaluator ({@link ITool}) of TLC's simulator, once TLC ran in simulation mode.
 *
 * <p>Hook {@value #HOOK}: TLC keeps the simulator in {@code TLCGlobals.simulator} but its tool in a
 * private field, read by reflection. When it cannot be read, nothing is simulated and the hook
 * reports that it did not apply.
 */
final class SimulatorTool {
  static final String HOOK = "tlc.simulatorTool";

  private SimulatorTool() {}

  static Optional<ITool> of(HookLog hooks) {
    Simulator simulator = TLCGlobals.simulator;
    if (simulator == null) {
      return Optional.empty(); // TLC stopped before simulating (a parse or configuration error)
    }
    try {
      Field field = Simulator.class.getDeclaredField("tool");
      field.setAccessible(true);
      if (field.get(simulator) instanceof ITool tool) {
        hooks.add(HookReport.applied(HOOK, "random behaviours drawn with TLC's evaluator"));
        return Optional.of(tool);
      }
      hooks.add(HookReport.failed(HOOK, "TLC's simulator holds no tool: nothing simulated"));
    } catch (ReflectiveOperationException | RuntimeException e) {
      hooks.add(HookReport.failed(HOOK, "TLC of another shape (" + e + "): nothing simulated"));
    }
    return Optional.empty();
  }
}
