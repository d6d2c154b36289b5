package dev.strata.testing;

import dev.strata.record.RunJson;
import dev.strata.store.GitStore;
import dev.strata.store.RunFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes sample runs into a real store through the real writer ({@link GitStore#writeAll}). */
public final class SampleStore {

    private SampleStore() {
    }

    public static void write(GitStore store, List<SampleRuns.Sample> samples, Path scratch, int batch) throws IOException {
        Files.createDirectories(scratch);
        List<RunFiles> pending = new ArrayList<>();
        int n = 0;
        for (SampleRuns.Sample s : samples) {
            TreeMap<String, Path> files = new TreeMap<>();
            for (Map.Entry<String, byte[]> a : s.attachments().entrySet()) {
                Path f = scratch.resolve("a" + (n++) + "-" + a.getKey().replace('/', '_'));
                Files.write(f, a.getValue());
                files.put(a.getKey(), f);
            }
            pending.add(new RunFiles(s.record().process(), s.record().startedAt(), RunJson.write(s.record()), files));
            if (pending.size() >= batch) {
                store.writeAll(pending, "runs " + pending.size());
                pending.clear();
            }
        }
        if (!pending.isEmpty()) {
            store.writeAll(pending, "runs " + pending.size());
        }
    }

    /** A new store at {@code dir} holding {@code samples}. */
    public static Path create(Path dir, List<SampleRuns.Sample> samples) throws IOException {
        try (GitStore store = GitStore.openOrCreate(dir)) {
            write(store, samples, dir.resolveSibling(dir.getFileName() + "-scratch"), 50);
        }
        return dir;
    }
}
