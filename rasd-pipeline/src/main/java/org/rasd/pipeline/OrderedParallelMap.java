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
 * Maps a stream of inputs on a few threads and hands the results on in input order, holding at most a
 * bounded window of work in memory (so a 1 GB input streams through in flat memory).
 */
public final class OrderedParallelMap {
    private OrderedParallelMap() {
    }

    public static <I, O> void run(Iterator<I> inputs, Function<I, O> work, Consumer<O> sink, int threads) {
        if (threads <= 1) {
            while (inputs.hasNext()) {
                sink.accept(work.apply(inputs.next()));
            }
            return;
        }
        int window = threads * 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "rasd-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<Future<O>> pending = new ArrayDeque<>();
            while (inputs.hasNext()) {
                I in = inputs.next();
                pending.add(pool.submit(() -> work.apply(in)));
                if (pending.size() >= window) {
                    sink.accept(take(pending.poll()));
                }
            }
            while (!pending.isEmpty()) {
                sink.accept(take(pending.poll()));
            }
        } finally {
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
