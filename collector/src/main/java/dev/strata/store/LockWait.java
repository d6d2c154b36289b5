package dev.strata.store;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * How a writer waits for a store another writer holds: it says once that it waits and for whom,
 * and gives up after {@link #timeout()} instead of waiting as long as the holder lives.
 */
public final class LockWait {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

    private static volatile Duration timeout = DEFAULT_TIMEOUT;
    private static volatile Consumer<String> notice = m -> { };

    private LockWait() {
    }

    /** Set once by the command line: the bound ({@code --lock-timeout}) and where the one waiting line goes. */
    public static void configure(Duration bound, Consumer<String> noticeSink) {
        timeout = bound == null ? DEFAULT_TIMEOUT : bound;
        notice = noticeSink == null ? m -> { } : noticeSink;
    }

    static Duration timeout() {
        return timeout;
    }

    static void notice(String message) {
        notice.accept(message);
    }
}
