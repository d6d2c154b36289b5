package dev.strata.export;

import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Reads and parses run records on several threads while the caller consumes them in store order.
 * Entries go out in chunks; only a few chunks are in flight at once, so memory stays bounded
 * whatever the number of runs. Each thread has its own ObjectReader (they are not thread-safe).
 */
final class ParallelParse<T> implements AutoCloseable {

    static final int CHUNK = 256;

    private final Repository repo;
    private final BiFunction<ObjectReader, StoreRuns.Entry, T> parse;
    private final Consumer<T> sink;
    private final ExecutorService pool;
    private final int maxInFlight;
    private final ConcurrentLinkedQueue<ObjectReader> readers = new ConcurrentLinkedQueue<>();
    private final ThreadLocal<ObjectReader> reader = new ThreadLocal<>();
    private final Deque<Future<List<T>>> inFlight = new ArrayDeque<>();
    private List<StoreRuns.Entry> chunk = new ArrayList<>(CHUNK);

    ParallelParse(Repository repo, int threads, BiFunction<ObjectReader, StoreRuns.Entry, T> parse, Consumer<T> sink) {
        this.repo = repo;
        this.parse = parse;
        this.sink = sink;
        this.maxInFlight = threads + 1;
        this.pool = threads <= 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "strata-read");
            t.setDaemon(true);
            return t;
        });
    }

    static int defaultThreads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    void add(StoreRuns.Entry e) {
        chunk.add(e);
        if (chunk.size() == CHUNK) {
            submit();
        }
    }

    /** Parses what is left and hands every result over, in order. */
    void finish() {
        if (!chunk.isEmpty()) {
            submit();
        }
        while (!inFlight.isEmpty()) {
            drainOne();
        }
    }

    private void submit() {
        List<StoreRuns.Entry> mine = chunk;
        chunk = new ArrayList<>(CHUNK);
        if (pool == null) {
            parseAll(mine).forEach(sink);
            return;
        }
        inFlight.add(pool.submit(() -> parseAll(mine)));
        while (inFlight.size() > maxInFlight) {
            drainOne();
        }
    }

    private List<T> parseAll(List<StoreRuns.Entry> entries) {
        ObjectReader r = reader.get();
        if (r == null) {
            r = repo.newObjectReader();
            reader.set(r);
            readers.add(r);
        }
        List<T> out = new ArrayList<>(entries.size());
        for (StoreRuns.Entry e : entries) {
            out.add(parse.apply(r, e));
        }
        return out;
    }

    private void drainOne() {
        try {
            inFlight.removeFirst().get().forEach(sink);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the store", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
        readers.forEach(ObjectReader::close);
    }
}
