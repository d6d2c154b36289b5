package dev.strata.measure;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The temporary files of a run ({@code strata-run-PID-*} folders, {@code strata-time-PID-*.txt}):
 * deleted when the run ends, at JVM exit when a signal ends it early, and, for a run that was
 * killed outright, by the next run, which finds them by the process id in their names.
 */
public final class ScratchFiles {

    private static final Pattern OURS = Pattern.compile("strata-(?:run|time)-(\\d+)-.*");
    /** Names of earlier versions carry no process id: those are taken as abandoned after a day. */
    private static final Pattern LEGACY = Pattern.compile("strata-(?:run-\\d+|time-\\d+\\.txt)");
    private static final Duration LEGACY_AGE = Duration.ofDays(1);
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    private static final long PID = ProcessHandle.current().pid();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(ScratchFiles::deleteTree),
                "strata-scratch-cleanup"));
    }

    private ScratchFiles() {
    }

    public static Path directory() throws IOException {
        return keep(Files.createTempDirectory("strata-run-" + PID + "-"));
    }

    public static Path timeReport() throws IOException {
        return keep(Files.createTempFile("strata-time-" + PID + "-", ".txt"));
    }

    /** Deletes {@code p} (a file or a folder) now; it is no longer ours to clean at exit. */
    public static void release(Path p) {
        deleteTree(p);
        LIVE.remove(p);
    }

    /** Deletes what runs that no longer live left in {@code tmp}. */
    public static void sweep(Path tmp) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(tmp, "strata-{run,time}-*")) {
            for (Path p : s) {
                String name = p.getFileName().toString();
                Matcher m = OURS.matcher(name);
                if (m.matches()) {
                    long pid = Long.parseLong(m.group(1));
                    if (pid != PID && ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true)) {
                        deleteTree(p);
                    }
                } else if (LEGACY.matcher(name).matches() && Files.getLastModifiedTime(p).toInstant()
                        .isBefore(Instant.now().minus(LEGACY_AGE))) {
                    deleteTree(p);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // a temp folder we cannot list is no reason to stop a run
        }
    }

    public static Path tmpDir() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    private static Path keep(Path p) {
        LIVE.add(p);
        return p;
    }

    private static void deleteTree(Path p) {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // another process may be deleting the same leftovers
        }
    }
}
