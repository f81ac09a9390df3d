package org.rasd.pipeline;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps inputs on a few threads and hands the results on in input order, holding at most a bounded window of
 * work in memory (so a 1 GB input streams through in flat memory). Inputs are pushed by one thread with
 * {@link #submit}; {@link #finish} drains the rest.
 */
public final class OrderedParallelMap<I, O> implements AutoCloseable {
    private final Function<I, O> work;
    private final Consumer<O> sink;
    private final ExecutorService pool;
    private final ArrayDeque<Future<O>> pending = new ArrayDeque<>();
    private final int window;

    public OrderedParallelMap(Function<I, O> work, Consumer<O> sink, int threads) {
        this.work = work;
        this.sink = sink;
        this.window = threads * 16;
        this.pool = threads <= 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "rasd-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** Maps every input of {@code inputs} and hands the results to {@code sink} in order. */
    public static <I, O> void run(Iterator<I> inputs, Function<I, O> work, Consumer<O> sink, int threads) {
        try (OrderedParallelMap<I, O> map = new OrderedParallelMap<>(work, sink, threads)) {
            while (inputs.hasNext()) {
                map.submit(inputs.next());
            }
            map.finish();
        }
    }

    /** Queues one input; hands on finished results in order, waiting while the window is full. */
    public void submit(I input) {
        if (pool == null) {
            sink.accept(work.apply(input));
            return;
        }
        pending.add(pool.submit(() -> work.apply(input)));
        while (pending.size() >= window) {
            sink.accept(take(pending.poll()));
        }
    }

    /** Waits for every queued input and hands on the remaining results in order. */
    public void finish() {
        while (!pending.isEmpty()) {
            sink.accept(take(pending.poll()));
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private static <O> O take(Future<O> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(c);
        }
    }
}
