package dev.strata.series;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.Deflater;
import org.eclipse.jgit.lib.Repository;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Parsed runs keyed by the Git tree of their folder, kept between commands so each parses only new
 * runs; every command that reads the store shares it. A missing, old or unreadable cache file is
 * simply rebuilt: it is never a source of truth. Writers take a lock beside it and either append
 * whole blocks or replace the file by an atomic move, so concurrent commands never leave it torn;
 * a writer that finds the lock taken leaves the saving to the other.
 */
public final class SummaryCache {

    private static final String MAGIC = "strata summaries 4";
    static final String FILE = "summaries.bin.gz";
    private static final String OLD_FILE = "site-cache.bin.gz";

    private final Path file;
    private final Map<String, RunSummary> byTree = new HashMap<>();
    private final List<RunSummary> added = new ArrayList<>();
    private boolean rewrite;
    private boolean intact;
    /** Size and modification time of the file as read: an append is only safe onto the same file. */
    private String readStamp;

    private SummaryCache(Path file) {
        this.file = file;
    }

    /** A cache that forgets everything (tests, one-off builds). */
    public static SummaryCache none() {
        return new SummaryCache(null);
    }

    /** Where a store keeps its cache: {@code .git/strata/} (or the bare repository's {@code strata/}). */
    public static Path of(Repository repo) {
        return repo.getDirectory().toPath().resolve("strata").resolve(FILE);
    }

    public static SummaryCache open(Path file) {
        SummaryCache c = new SummaryCache(file);
        if (file != null && Files.isRegularFile(file)) {
            c.readStamp = stamp(file);
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                    new GZIPInputStream(Files.newInputStream(file), 1 << 16), 1 << 16))) {
                if (!MAGIC.equals(in.readUTF())) {
                    return c;
                }
                // the first block, then one block per later save that only added runs (gzip members concatenate)
                while (true) {
                    int n;
                    try {
                        n = in.readInt();
                    } catch (EOFException end) {
                        break;
                    }
                    SummaryCodec codec = new SummaryCodec();
                    for (int i = 0; i < n; i++) {
                        RunSummary r = codec.read(in);
                        c.byTree.put(r.treeId(), r);
                    }
                }
                c.intact = true;
            } catch (IOException | RuntimeException e) {
                c.byTree.clear();
            }
        }
        return c;
    }

    public RunSummary get(String treeId) {
        return byTree.get(treeId);
    }

    public int size() {
        return byTree.size();
    }

    /** Adds runs parsed just now (a partial read keeps everything else). */
    public void add(Collection<RunSummary> runs) {
        for (RunSummary r : runs) {
            if (byTree.get(r.treeId()) != r) {
                byTree.put(r.treeId(), r);
                added.add(r);
            }
        }
    }

    /**
     * Keeps exactly {@code current}: runs gone from the store leave the cache too. When runs were only
     * added, the next save appends them instead of rewriting the whole file.
     */
    public void retain(Collection<RunSummary> current) {
        add(current);
        java.util.Set<String> keep = new java.util.HashSet<>();
        current.forEach(r -> keep.add(r.treeId()));
        if (byTree.keySet().retainAll(keep)) {
            rewrite = true;
        }
    }

    /** Saves what changed; a failure to save costs the next command a re-parse, nothing more. */
    public void save() {
        if (file == null || !rewrite && added.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
            try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = ch.tryLock()) {
                if (lock == null) {
                    return;
                }
                if (!rewrite && intact && readStamp != null && readStamp.equals(stamp(file))) {
                    try (DataOutputStream out = open(Files.newOutputStream(file, StandardOpenOption.APPEND))) {
                        out.writeInt(added.size());
                        SummaryCodec codec = new SummaryCodec();
                        for (RunSummary r : added) {
                            codec.write(out, r);
                        }
                    }
                } else {
                    Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), FILE, ".tmp");
                    try {
                        try (DataOutputStream out = open(Files.newOutputStream(tmp))) {
                            out.writeUTF(MAGIC);
                            out.writeInt(byTree.size());
                            SummaryCodec codec = new SummaryCodec();
                            for (RunSummary r : byTree.values()) {
                                codec.write(out, r);
                            }
                        }
                        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    } finally {
                        Files.deleteIfExists(tmp);
                    }
                }
                readStamp = stamp(file);
                // the site's own cache of earlier versions, replaced by this shared one
                if (!file.getFileName().toString().equals(OLD_FILE)) {
                    Files.deleteIfExists(file.resolveSibling(OLD_FILE));
                }
                intact = true;
                rewrite = false;
                added.clear();
            }
        } catch (IOException | RuntimeException e) {
            // the cache is only a cache
        }
    }

    private static String stamp(Path file) {
        try {
            return Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return null;
        }
    }

    /** The fastest deflate level: the cache is written after every new run; speed matters more than bytes. */
    private static DataOutputStream open(OutputStream raw) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(raw, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }, 1 << 16));
    }
}
