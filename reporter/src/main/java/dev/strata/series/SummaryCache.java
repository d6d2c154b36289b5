package dev.strata.series;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Parsed runs keyed by the Git tree of their folder, kept between builds so a rebuild parses only
 * new runs. A missing, old or unreadable cache file is simply rebuilt: it is never a source of truth.
 */
public final class SummaryCache {

    private static final String MAGIC = "strata site cache 1";

    private final Path file;
    private final Map<String, RunSummary> byTree = new HashMap<>();
    private boolean dirty;

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
                int n = in.readInt();
                for (int i = 0; i < n; i++) {
                    RunSummary r = SummaryCodec.read(in);
                    c.byTree.put(r.treeId(), r);
                }
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

    /** Keeps exactly {@code current}: runs gone from the store leave the cache too. */
    public void retain(Collection<RunSummary> current) {
        if (current.size() != byTree.size() || current.stream().anyMatch(r -> byTree.get(r.treeId()) != r)) {
            byTree.clear();
            for (RunSummary r : current) {
                byTree.put(r.treeId(), r);
            }
            dirty = true;
        }
    }

    public void save() throws IOException {
        if (file == null || !dirty) {
            return;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        // the fastest deflate level: the cache is rewritten after every new run, and speed matters more than bytes
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(
                Files.newOutputStream(tmp), 1 << 16) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_SPEED);
            }
        }, 1 << 16))) {
            out.writeUTF(MAGIC);
            out.writeInt(byTree.size());
            for (RunSummary r : byTree.values()) {
                SummaryCodec.write(out, r);
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        dirty = false;
    }
}
