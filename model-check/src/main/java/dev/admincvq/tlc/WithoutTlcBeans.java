package dev.admincvq.tlc;

import dev.admincvq.tlc.answer.HookReport;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import javax.management.MBeanServer;
import javax.management.MBeanServerBuilder;
import javax.management.MBeanServerDelegate;
import javax.management.ObjectInstance;
import javax.management.ObjectName;

/**
 * Builds the JVM's platform MBean server so that it keeps TLC's beans out (the launcher and the
 * build name it in {@code javax.management.builder.initial}).
 *
 * <p>TLC registers JMX beans under fixed names ({@code tlc2.tool:type=ModelChecker}, {@code
 * tlc2.tool.fp:type=DiskFPSet0}, ...) in the one platform server of the JVM. Two runs at once (the
 * review examines two models at a time) collide on them, and TLC prints each collision's stack
 * trace on the JVM's standard error. Nothing of TLC's checking reads its beans, so this server
 * accepts their registration (and unregistration) without keeping them; every other bean is
 * registered as usual.
 *
 * <p>This is the project's one mechanism against TLC's beans. Named on the command line, it builds
 * the platform server whenever that is made; otherwise {@link #installAsPlatformBuilder} names it
 * before the first run makes the server. The hook ({@value #HOOK}) reports whether the platform
 * server is this one: if something made the server before, TLC's beans are kept (and pin each run's
 * class loader), and the report says so.
 */
public final class WithoutTlcBeans extends MBeanServerBuilder {
  /** The name this hook reports under. */
  static final String HOOK = "jmx.withoutTlcBeans";

  private static final String BUILDER_PROPERTY = "javax.management.builder.initial";

  /**
   * Names this builder for the platform MBean server, unless another is named, and makes the server
   * now, outside any run (the server, made inside one, would hold that run's loader).
   */
  static void installAsPlatformBuilder() {
    if (System.getProperty(BUILDER_PROPERTY) == null) {
      System.setProperty(BUILDER_PROPERTY, WithoutTlcBeans.class.getName());
    }
    ManagementFactory.getPlatformMBeanServer();
  }

  /** Whether the platform MBean server keeps TLC's beans out. */
  static HookReport report() {
    MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    return Proxy.isProxyClass(server.getClass())
            && Proxy.getInvocationHandler(server) instanceof Declining
        ? HookReport.applied(HOOK, "TLC's beans are kept out of the platform MBean server")
        : HookReport.failed(
            HOOK,
            "the platform MBean server was made by another builder: TLC's beans are registered");
  }

  @Override
  public MBeanServer newMBeanServer(
      String defaultDomain, MBeanServer outer, MBeanServerDelegate delegate) {
    MBeanServer server = super.newMBeanServer(defaultDomain, outer, delegate);
    return (MBeanServer)
        Proxy.newProxyInstance(
            WithoutTlcBeans.class.getClassLoader(),
            new Class<?>[] {MBeanServer.class},
            new Declining(server));
  }

  /** Passes every call to the server, but those registering or unregistering one of TLC's beans. */
  private static final class Declining implements InvocationHandler {
    private final MBeanServer server;

    Declining(MBeanServer server) {
      this.server = server;
    }

    @Override
    @SuppressWarnings("nullness") // reflective pass-through: arguments and result are the server's
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      if (args != null
          && args.length == 2
          && method.getName().equals("registerMBean")
          && args[1] instanceof ObjectName n
          && isTlcs(n)) {
        Object bean = args[0];
        return new ObjectInstance(n, bean == null ? "null" : bean.getClass().getName());
      }
      if (args != null
          && args.length == 1
          && method.getName().equals("unregisterMBean")
          && args[0] instanceof ObjectName n
          && isTlcs(n)) {
        return null;
      }
      try {
        return method.invoke(server, args);
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        throw cause != null ? cause : e;
      }
    }
  }

  private static boolean isTlcs(ObjectName name) {
    return name.getDomain().startsWith("tlc2");
  }
}
