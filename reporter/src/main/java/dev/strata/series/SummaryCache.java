package dev.strata.series;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
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
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Parsed runs keyed by the Git tree of their folder, kept between builds so a rebuild parses only
 * new runs. A missing, old or unreadable cache file is simply rebuilt: it is never a source of truth.
 */
public final class SummaryCache {

    private static final String MAGIC = "strata site cache 2";

    private final Path file;
    private final Map<String, RunSummary> byTree = new HashMap<>();
    private final List<RunSummary> added = new ArrayList<>();
    private boolean rewrite;
    private boolean intact;

    private SummaryCache(Path file) {
        this.file = file;
    }

    /** A cache that forgets everything (tests, one-off builds). */
    public static SummaryCache none() {
        return new SummaryCache(null);
    }

    public static SummaryCache open(Path file) {
        SummaryCache c = new SummaryCache(file);
        if (file != null && Files.isRegularFile(file)) {
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
                    for (int i = 0; i < n; i++) {
                        RunSummary r = SummaryCodec.read(in);
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

    /**
     * Keeps exactly {@code current}: runs gone from the store leave the cache too. When runs were only
     * added, the next save appends them instead of rewriting the whole file.
     */
    public void retain(Collection<RunSummary> current) {
        int kept = 0;
        List<RunSummary> fresh = new ArrayList<>();
        for (RunSummary r : current) {
            if (byTree.get(r.treeId()) == r) {
                kept++;
            } else {
                fresh.add(r);
            }
        }
        if (kept < byTree.size()) {
            byTree.clear();
            current.forEach(r -> byTree.put(r.treeId(), r));
            rewrite = true;
        } else {
            fresh.forEach(r -> byTree.put(r.treeId(), r));
            added.addAll(fresh);
        }
    }

    public void save() throws IOException {
        if (file == null || !rewrite && added.isEmpty()) {
            return;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (!rewrite && intact && Files.isRegularFile(file)) {
            try (DataOutputStream out = open(Files.newOutputStream(file, StandardOpenOption.APPEND))) {
                out.writeInt(added.size());
                for (RunSummary r : added) {
                    SummaryCodec.write(out, r);
                }
            }
            added.clear();
            return;
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = open(Files.newOutputStream(tmp))) {
            out.writeUTF(MAGIC);
            out.writeInt(byTree.size());
            for (RunSummary r : byTree.values()) {
                SummaryCodec.write(out, r);
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        intact = true;
        rewrite = false;
        added.clear();
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
