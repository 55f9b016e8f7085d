package dev.newsdesk.server;

import dev.newsdesk.Pipeline;
import dev.newsdesk.store.StoreException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Pipelines used only for the work that reads no stream state (preparing items, briefing stories),
 * at most one per core, each used by one thread at a time.
 *
 * <p>Design decision: made on first need. Making a pipeline loads its stages' models (seconds on a
 * busy machine), so a desk that made them all before listening took 15-30 s to open its port.
 */
final class PipelinePool {
  private final BlockingQueue<Pipeline> idle;
  private final AtomicInteger made = new AtomicInteger();
  private final int size;

  PipelinePool(int size) {
    this.size = size;
    this.idle = new ArrayBlockingQueue<>(size);
  }

  int size() {
    return size;
  }

  /** Work done on one pipeline. */
  interface Work<T, E extends Exception> {
    T apply(Pipeline pipeline) throws E;
  }

  /** Runs {@code work} on a free pipeline, making one if fewer than the size exist. */
  <T, E extends Exception> T with(String what, Work<T, E> work) throws E {
    Pipeline p = idle.poll();
    if (p == null) {
      p = made.getAndUpdate(n -> n < size ? n + 1 : n) < size ? Pipeline.create() : take(what);
    }
    try {
      return work.apply(p);
    } finally {
      idle.add(p);
    }
  }

  private Pipeline take(String what) {
    try {
      return idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting to " + what, e, false);
    }
  }
}
