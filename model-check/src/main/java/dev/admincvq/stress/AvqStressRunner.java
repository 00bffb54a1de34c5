package dev.admincvq.stress;

import com.google.common.collect.ImmutableSet;
import dev.admincvq.reference.adminvq.AdminVqSystem;
import dev.admincvq.reference.adminvq.AvqOptions;
import dev.admincvq.reference.adminvq.AvqTrace;
import dev.admincvq.reference.adminvq.ObjectOptions;
import dev.admincvq.reference.adminvq.wire.GroupType;
import dev.admincvq.reference.adminvq.wire.Opcode;
import dev.admincvq.reference.trace.NdjsonTraceSink;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Runs the reference implementation of {@code AdminVq} ({@code reference/adminvq}) with every actor
 * on a thread of its own and traces the run: the owner driver submits commands of every opcode the
 * device supports for every group it has (refused ones are simply not taken), reaps used buffers,
 * clears and sets VF Enable, resets the owner device now and then and recovers from
 * DEVICE_NEEDS_RESET; the device takes commands from its queues (EAGAIN now and then under {@code
 * TryAgain}), answers held ones, completes member resets and FLRs and, rarely, sets
 * DEVICE_NEEDS_RESET; each member's driver resets or FLRs its member whenever it likes. Every step
 * is taken under one lock, so the trace's order is the steps'. After the owner driver's submissions
 * the others stop and the run drains: the device answers what it can and the owner driver reaps
 * every used buffer.
 *
 * @param options the system's constants (the trace's header)
 * @param listed {@code InitFrom(listed)}
 * @param submissions the commands the owner driver submits per run
 */
public record AvqStressRunner(AvqOptions options, boolean listed, int submissions) {

  private static final List<GroupType> GROUPS = List.of(GroupType.values());

  /**
   * A 1.4 device with {@code vfs} members and one queue: the Self and SR-IOV groups, DEV_MODE_SET
   * and DEV_PARTS_SET, EAGAIN now and then; the driver keeping the SR-IOV rule; "complete"
   * ordering, a stopped member staying stopped through a reset.
   */
  public static AvqOptions device14(int vfs) {
    ImmutableSet<Opcode> ops =
        ImmutableSet.of(
            Opcode.LIST_QUERY, Opcode.LIST_USE, Opcode.DEV_MODE_SET, Opcode.DEV_PARTS_SET);
    return new AvqOptions(
        vfs,
        1,
        ImmutableSet.of(GroupType.SELF, GroupType.SRIOV),
        ops,
        AvqOptions.DriverSync.VIRTIO13,
        AvqOptions.Ordering.COMPLETE,
        AvqOptions.SriovRuleScope.MEMBER_COMMANDS,
        AvqOptions.UsedListOnVfDisable.KEPT,
        AvqOptions.MemberResetMode.KEPT,
        true,
        ObjectOptions.defaultFor(ops));
  }

  /**
   * A 1.3 device with {@code vfs} members and two queues taken in any order: the SR-IOV group and
   * the legacy configuration write; the driver breaking the SR-IOV rule, the used list dropped with
   * VF Enable, a reset resuming a member.
   */
  public static AvqOptions device13(int vfs) {
    ImmutableSet<Opcode> ops =
        ImmutableSet.of(Opcode.LIST_QUERY, Opcode.LIST_USE, Opcode.LEGACY_DEV_CFG_WRITE);
    return new AvqOptions(
        vfs,
        2,
        ImmutableSet.of(GroupType.SRIOV),
        ops,
        AvqOptions.DriverSync.NONE,
        AvqOptions.Ordering.ANY,
        AvqOptions.SriovRuleScope.ALL,
        AvqOptions.UsedListOnVfDisable.DROPPED,
        AvqOptions.MemberResetMode.ACTIVE,
        false,
        ObjectOptions.defaultFor(ops));
  }

  /** Runs once with {@code seed}, tracing to {@code file}, which appears whole or not at all. */
  public void run(Path file, long seed) {
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
      out.write(AvqTrace.headerLine(options, listed));
      out.write('\n');
      try (NdjsonTraceSink sink = new NdjsonTraceSink(out)) {
        AdminVqSystem system = new AdminVqSystem(options, listed, sink);
        runActors(system, seed);
      }
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private void runActors(AdminVqSystem system, long seed) {
    AtomicBoolean done = new AtomicBoolean();
    List<Thread> threads = new ArrayList<>();
    SplittableRandom seeds = new SplittableRandom(seed);
    threads.add(actor("device", seeds.split(), done, r -> deviceStep(system, r, 0.01)));
    for (int n = 1; n <= options.maxVfs(); n++) {
      int member = n;
      threads.add(actor("member-" + n, seeds.split(), done, r -> memberStep(system, r, member)));
    }
    threads.forEach(Thread::start);
    SplittableRandom r = seeds.split();
    while (system.driver().nextCmdId() <= submissions) {
      synchronized (system) {
        ownerStep(system, r);
      }
      Thread.onSpinWait();
    }
    done.set(true);
    for (Thread t : threads) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while the actors stop", e);
      }
    }
    drain(system, r);
  }

  /** A thread taking {@code step} under the system's lock until {@code done}. */
  private static Thread actor(
      String name, SplittableRandom random, AtomicBoolean done, Consumer<SplittableRandom> step) {
    Thread t =
        new Thread(
            () -> {
              while (!done.get()) {
                step.accept(random);
                Thread.onSpinWait();
              }
            },
            "avq-" + name);
    t.setDaemon(true);
    return t;
  }

  private void ownerStep(AdminVqSystem s, SplittableRandom r) {
    if (s.device().needsReset()) {
      s.driver().driverRecover();
      return;
    }
    double x = r.nextDouble();
    if (x < 0.4) {
      GroupType g = GROUPS.get(r.nextInt(GROUPS.size()));
      List<Opcode> ops = options.supported(g).asList();
      Opcode op = ops.get(r.nextInt(ops.size()));
      boolean member = AvqOptions.MEMBER_OPS.contains(op) && g == GroupType.SRIOV;
      int n = member ? 1 + r.nextInt(options.maxVfs()) : 0;
      boolean writes = op == Opcode.LEGACY_DEV_CFG_WRITE || op == Opcode.DEV_PARTS_SET;
      s.driver()
          .driverSubmit(
              1 + r.nextInt(options.numAq()),
              g,
              op,
              n,
              writes ? 1 + r.nextInt(2) : 0,
              op == Opcode.DEV_MODE_SET && r.nextBoolean());
    } else if (x < 0.98) {
      collectOne(s, r);
    } else if (x < 0.995) {
      if (s.device().vfEnable()) {
        s.driver().driverSriovDisable();
      } else {
        s.driver().driverSriovEnable(1 + r.nextInt(options.maxVfs()));
      }
    } else {
      s.driver().driverResetDevice();
    }
  }

  private static boolean collectOne(AdminVqSystem s, SplittableRandom r) {
    List<Integer> used = new ArrayList<>(s.queues().used());
    used.retainAll(s.driver().drvOut());
    if (used.isEmpty()) {
      return false;
    }
    s.driver().driverCollect(used.get(r.nextInt(used.size())));
    return true;
  }

  /**
   * One device step under the lock; {@code needsResetChance}: how often it sets DEVICE_NEEDS_RESET.
   */
  private boolean deviceStep(AdminVqSystem s, SplittableRandom r, double needsResetChance) {
    synchronized (s) {
      if (r.nextDouble() < needsResetChance) {
        return s.device().deviceNeedsReset().isEmpty();
      }
      for (int n = 1; n <= options.maxVfs(); n++) {
        if (r.nextInt(4) == 0 && s.device().deviceMemberResetDone(n).isEmpty()) {
          return true;
        }
      }
      for (int c : Set.copyOf(s.device().ready())) {
        if (s.device().deviceAnswerHeld(c, tryAgain(r)).isEmpty()) {
          return true;
        }
      }
      int q = 1 + r.nextInt(options.numAq());
      List<Integer> avail = s.queues().avail(q);
      if (avail.isEmpty()) {
        return false;
      }
      int c =
          options.ordering() == AvqOptions.Ordering.ANY
              ? avail.get(r.nextInt(avail.size()))
              : avail.get(0);
      return s.device().deviceTake(q, c, tryAgain(r)).isEmpty();
    }
  }

  private boolean tryAgain(SplittableRandom r) {
    return options.tryAgain() && r.nextInt(4) == 0;
  }

  private static void memberStep(AdminVqSystem s, SplittableRandom r, int n) {
    if (r.nextInt(50) != 0) {
      return;
    }
    synchronized (s) {
      if (r.nextBoolean()) {
        s.member(n).memberDriverReset();
      } else {
        s.member(n).memberDriverFlr();
      }
    }
  }

  /** The device answers what it can and the owner driver reaps every used buffer. */
  private void drain(AdminVqSystem s, SplittableRandom r) {
    synchronized (s) {
      boolean progress = true;
      while (progress) {
        progress = false;
        if (s.device().needsReset()) {
          s.driver().driverRecover();
          progress = true;
        }
        for (int n = 1; n <= options.maxVfs(); n++) {
          progress |= s.device().deviceMemberResetDone(n).isEmpty();
        }
        for (int i = 0; i < 4 * options.numAq(); i++) {
          progress |= deviceStep(s, r, 0);
        }
        progress |= collectOne(s, r);
      }
    }
  }
}
