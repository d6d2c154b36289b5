package dev.strata.series;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Parsed runs keyed by the Git tree of their folder, kept between builds so a rebuild parses only
 * new runs. A missing, old or unreadable cache file is simply rebuilt: it is never a source of truth.
 */
public final class SummaryCache {

    static final int VERSION = 1;
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_LONG_FOR_INTS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    record Stored(int version, List<RunSummary> runs) {
    }

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
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
                Stored s = JSON.readValue(in, new TypeReference<Stored>() { });
                if (s != null && s.version() == VERSION && s.runs() != null) {
                    for (RunSummary r : s.runs()) {
                        c.byTree.put(r.treeId(), r);
                    }
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
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
            JSON.writeValue(out, new Stored(VERSION, List.copyOf(byTree.values())));
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        dirty = false;
    }
}
