package dev.strata.site;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes the site's files so a rebuild touches only what changed: a page whose inputs or view have the
 * same digest as last time is not rendered at all, a file with the same bytes is not rewritten, and
 * files the last build wrote that this build no longer makes are deleted. The manifest of the last
 * build lives in {@value #MANIFEST}; every write goes through a temporary file and a rename.
 */
final class PageWriter {

    static final String MANIFEST = ".strata-site.tsv";

    private final Path root;
    private final Map<String, String> previous = new TreeMap<>();
    private final Map<String, String> produced = new ConcurrentHashMap<>();
    private final Set<String> keptPrefixes = ConcurrentHashMap.newKeySet();
    final AtomicInteger written = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
    final AtomicInteger skipped = new AtomicInteger();

    PageWriter(Path root) throws IOException {
        this.root = root;
        Files.createDirectories(root);
        Path m = root.resolve(MANIFEST);
        if (Files.isRegularFile(m)) {
            try (BufferedReader r = Files.newBufferedReader(m, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    int tab = line.indexOf('\t');
                    if (tab > 0) {
                        previous.put(line.substring(0, tab), line.substring(tab + 1));
                    }
                }
            }
        }
    }

    /**
     * True (and the page is kept as it is) when the last build made it from the same inputs. A page's
     * fingerprint is its inputs' digest, a colon, and its view's digest.
     */
    boolean sameInputs(String path, String inputs) {
        String last = previous.get(path);
        if (last != null && last.startsWith(inputs + ":") && Files.isRegularFile(root.resolve(path))) {
            produced.put(path, last);
            skipped.incrementAndGet();
            return true;
        }
        return false;
    }

    /** True (and the page is kept, under its new inputs) when the last build made the same view, whatever from. */
    boolean sameView(String path, String inputs, String view) {
        String last = previous.get(path);
        if (last != null && last.endsWith(":" + view) && Files.isRegularFile(root.resolve(path))) {
            produced.put(path, inputs + ":" + view);
            skipped.incrementAndGet();
            return true;
        }
        return false;
    }

    /** Keeps every file the last build wrote under the folder {@code prefix} (ends in a slash; a page kept keeps its files). */
    void keepUnder(String prefix) {
        keptPrefixes.add(prefix);
    }

    /** Whether a folder kept with its page holds {@code path}: each folder above it is looked up, not each kept one. */
    private boolean kept(String path) {
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            if (keptPrefixes.contains(path.substring(0, slash + 1))) {
                return true;
            }
        }
        return false;
    }

    void writePage(String path, String fingerprint, String html) throws IOException {
        write(path, html.getBytes(StandardCharsets.UTF_8));
        produced.put(path, fingerprint);
    }

    void writeFile(String path, byte[] bytes) throws IOException {
        write(path, bytes);
        produced.putIfAbsent(path, "-");
    }

    private void write(String path, byte[] bytes) throws IOException {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root.normalize())) {
            throw new IOException("refusing to write outside the site: " + path);
        }
        if (Files.isRegularFile(file) && Files.size(file) == bytes.length
                && Arrays.equals(Files.readAllBytes(file), bytes)) {
            unchanged.incrementAndGet();
            return;
        }
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        written.incrementAndGet();
    }

    /** Deletes what the last build made and this one did not, then saves the manifest; returns the count deleted. */
    int finish() throws IOException {
        int deleted = 0;
        for (String path : previous.keySet()) {
            if (!produced.containsKey(path) && !kept(path)) {
                deleted += Files.deleteIfExists(root.resolve(path)) ? 1 : 0;
            } else if (!produced.containsKey(path)) {
                produced.put(path, previous.get(path));
            }
        }
        List<String> lines = new ArrayList<>();
        new TreeMap<>(produced).forEach((k, v) -> lines.add(k + "\t" + v));
        Path tmp = root.resolve(MANIFEST + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (String l : lines) {
                w.write(l);
                w.write('\n');
            }
        }
        Files.move(tmp, root.resolve(MANIFEST), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return deleted;
    }
}
