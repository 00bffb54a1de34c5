package dev.admincvq.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.reference.device.Device;
import dev.admincvq.reference.device.PfRegisters;
import dev.admincvq.reference.device.VfFunction;
import dev.admincvq.reference.driver.ManagementDriver;
import dev.admincvq.reference.shared.AdminVirtqueue;
import dev.admincvq.reference.shared.ResetNotices;
import dev.admincvq.reference.shared.SharedMemory;
import dev.admincvq.reference.shared.VfVirtqueue;
import dev.admincvq.reference.vfdriver.VfDriver;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each actor is an object of its own that holds references only to the parts of the system its view
 * in the spec holds, and each spec action is implemented by a method named for it.
 */
class ActorViewsTest {

  private static Set<Class<?>> fieldTypes(Class<?> actor) {
    return Arrays.stream(actor.getDeclaredFields())
        .filter(f -> !Modifier.isStatic(f.getModifiers()))
        .map(Field::getType)
        .collect(Collectors.toSet());
  }

  @Test
  void theManagementDriverHoldsNoVfStateNoVfQueueAndNotTheDevice() {
    Set<Class<?>> held = fieldTypes(ManagementDriver.class);
    for (Class<?> forbidden :
        List.of(
            Device.class,
            VfFunction.class,
            VfVirtqueue.class,
            SharedMemory.class,
            VfDriver.class)) {
      assertTrue(
          !held.contains(forbidden), "ManagementDriver holds a " + forbidden.getSimpleName());
    }
    assertTrue(
        held.containsAll(List.of(PfRegisters.class, AdminVirtqueue.class, ResetNotices.class)),
        held.toString());
  }

  @Test
  void theManagementDriversRegistersShowNoVfsDeviceStatus() {
    for (Method m : PfRegisters.class.getMethods()) {
      assertTrue(m.getReturnType() != VfState.class, m.toString());
    }
  }

  @Test
  void aVfDriverHoldsItsVfAndItsQueueOnly() {
    Set<Class<?>> held = fieldTypes(VfDriver.class);
    for (Class<?> forbidden :
        List.of(
            Device.class,
            PfRegisters.class,
            AdminVirtqueue.class,
            ResetNotices.class,
            ManagementDriver.class,
            SharedMemory.class)) {
      assertTrue(!held.contains(forbidden), "VfDriver holds a " + forbidden.getSimpleName());
    }
    assertTrue(held.containsAll(List.of(VfFunction.class, VfVirtqueue.class)), held.toString());
  }

  @Test
  void everySpecActionIsAMethodOfItsActorNamedForIt() {
    for (SpecAction a : SpecAction.values()) {
      Class<?> actor =
          a.specName().startsWith("VfDriver")
              ? VfDriver.class
              : a.specName().startsWith("Driver") ? ManagementDriver.class : Device.class;
      List<Method> named =
          Arrays.stream(actor.getMethods())
              .filter(m -> m.getName().equals(a.methodName()))
              .toList();
      assertEquals(
          1,
          named.size(),
          actor.getSimpleName() + " has no method " + a.methodName() + " for " + a.specName());
    }
  }
}
