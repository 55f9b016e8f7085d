package dev.newsdesk.server;

import dev.newsdesk.Pipeline;
import dev.newsdesk.store.StoreException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

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
  private final Supplier<Pipeline> factory;

  /** At most {@code size} pipelines, each made by {@code factory} when first needed. */
  PipelinePool(int size, Supplier<Pipeline> factory) {
    this.size = size;
    this.factory = factory;
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
      p = made.getAndUpdate(n -> n < size ? n + 1 : n) < size ? factory.get() : take(what);
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
