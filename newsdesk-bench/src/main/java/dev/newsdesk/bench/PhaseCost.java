package dev.newsdesk.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * What a phase of requests cost the process, per request: CPU of the server's request threads
 * (Jetty's pool, named {@code JettyServerThreadPool-…} by Javalin), bytes allocated by every
 * thread, and the garbage collections in the phase. On a shared machine these move less than
 * wall-clock percentiles: they count work, not waiting.
 *
 * <p>Design decision: server CPU is summed over the request threads alive at the start and at the
 * end; a thread that both started and ended within the phase is missed. Jetty keeps idle threads
 * for a minute and the clients' pool lives for the phase, so for a phase of seconds nothing is
 * missed in practice.
 */
final class PhaseCost {
  private static final String SERVER_THREADS = "JettyServerThreadPool";
  private final long serverCpu;
  private final long allocated;
  private final long gcCount;
  private final long gcMillis;

  private PhaseCost(long serverCpu, long allocated, long gcCount, long gcMillis) {
    this.serverCpu = serverCpu;
    this.allocated = allocated;
    this.gcCount = gcCount;
    this.gcMillis = gcMillis;
  }

  static PhaseCost start() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = 0;
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info == null) {
        continue;
      }
      long id = info.getThreadId();
      if (info.getThreadName().startsWith(SERVER_THREADS)) {
        cpu += Math.max(0, threads.getThreadCpuTime(id));
      }
    }
    long count = 0;
    long millis = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      count += Math.max(0, gc.getCollectionCount());
      millis += Math.max(0, gc.getCollectionTime());
    }
    return new PhaseCost(cpu, allocatedBytes(), count, millis);
  }

  /**
   * Bytes allocated by every thread so far, ended ones included: HotSpot's threading bean has it as
   * an attribute, read through JMX (its interface is not portable API); 0 where it is missing.
   */
  private static long allocatedBytes() {
    try {
      Object total =
          ManagementFactory.getPlatformMBeanServer()
              .getAttribute(
                  new ObjectName(ManagementFactory.THREAD_MXBEAN_NAME),
                  "TotalThreadAllocatedBytes");
      return total instanceof Long bytes ? Math.max(0, bytes) : 0;
    } catch (JMException | RuntimeException e) {
      return 0;
    }
  }

  /** The cost since {@link #start()}, per request, as one line. */
  String end(long requests) {
    PhaseCost now = start();
    long n = Math.max(1, requests);
    return String.format(
        Locale.ROOT,
        "server threads CPU %.3f ms/request, allocated %.1f kB/request (all threads),"
            + " GC %d collections, %d ms in all (collector time, pauses and concurrent)",
        (now.serverCpu - serverCpu) / 1e6 / n,
        (now.allocated - allocated) / 1024.0 / n,
        now.gcCount - gcCount,
        now.gcMillis - gcMillis);
  }
}
