package dev.strata.store;

import dev.strata.context.Redactor;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Serialises writers of one store: an OS file lock between processes (released by the kernel
 * when a writer dies, so a {@code kill -9} never leaves a stale lock) and a JVM lock between threads.
 * The holder writes its process id and command into the lock file, so a writer that has to wait
 * can say for whom; it waits at most {@link LockWait#timeout()}.
 */
final class StoreLock implements AutoCloseable {

    private static final Map<Path, ReentrantLock> IN_JVM = new ConcurrentHashMap<>();
    private static final long POLL_MILLIS = 50;

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(ReentrantLock local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    static StoreLock acquire(Path file) throws IOException {
        Duration bound = LockWait.timeout();
        long deadline = System.nanoTime() + bound.toNanos();
        ReentrantLock local = IN_JVM.computeIfAbsent(file.toAbsolutePath().normalize(), k -> new ReentrantLock());
        try {
            if (!local.tryLock()) {
                LockWait.notice("waiting for the store lock " + file + ", held by another writer in this process");
                if (!local.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    throw gaveUp(file, bound, "another writer in this process");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the store lock " + file);
        }
        try {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
            try {
                FileLock fl = ch.tryLock();
                String holder = null;
                while (fl == null) {
                    if (holder == null) {
                        holder = holder(file);
                        LockWait.notice("waiting for the store lock " + file + ", held by " + holder);
                    }
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw gaveUp(file, bound, holder);
                    }
                    Thread.sleep(Math.min(POLL_MILLIS, TimeUnit.NANOSECONDS.toMillis(left) + 1));
                    fl = ch.tryLock();
                }
                ch.truncate(0);
                ch.write(ByteBuffer.wrap(me().getBytes(StandardCharsets.UTF_8)), 0);
                return new StoreLock(local, ch, fl);
            } catch (InterruptedException e) {
                ch.close();
                Thread.currentThread().interrupt();
                throw new StoreException("interrupted while waiting for the store lock " + file);
            } catch (IOException | RuntimeException e) {
                ch.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            local.unlock();
            throw e;
        }
    }

    private static StoreException gaveUp(Path file, Duration bound, String holder) {
        return new StoreException("gave up after " + bound.toString().substring(2).toLowerCase(java.util.Locale.ROOT)
                + " waiting for the store lock " + file + ", held by " + holder
                + ": try again when it is done, end it, or wait longer with --lock-timeout");
    }

    /** What the holder wrote: "process 1234 (strata run ...)", or as much as is known. */
    private static String holder(Path file) {
        try {
            String s = Files.readString(file, StandardCharsets.UTF_8).strip();
            int space = s.indexOf(' ');
            String pid = space < 0 ? s : s.substring(0, space);
            if (pid.matches("\\d{1,10}")) {
                return "process " + pid + (space < 0 ? "" : " (" + s.substring(space + 1) + ")");
            }
        } catch (IOException | RuntimeException ignored) {
            // a lock file we cannot read still has a holder; we just cannot name it
        }
        return "another process";
    }

    private static String me() {
        ProcessHandle self = ProcessHandle.current();
        String[] args = self.info().arguments().orElse(new String[0]);
        int jar = java.util.Arrays.asList(args).indexOf("-jar");
        // "java -XX:... -jar strata.jar run ..." reads best as "strata run ..."
        String cmd = jar >= 0 && jar + 2 <= args.length
                ? "strata " + String.join(" ", java.util.Arrays.copyOfRange(args, jar + 2, args.length))
                : self.info().commandLine().orElse("strata");
        cmd = Redactor.redactCommandLine(cmd);
        if (cmd.length() > 160) {
            cmd = cmd.substring(0, 157) + "...";
        }
        return self.pid() + " " + cmd + "\n";
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            local.unlock();
        }
    }
}
