package dev.strata.export;

import dev.strata.series.RunSummary;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the last write of the site's CSV files made: the columns of runs.csv and, per process, the
 * columns of its file, a fingerprint of its runs, and where its rows sit in runs.csv. Only a cache of
 * work done: anything unreadable reads as empty, which means write everything.
 */
final class DataManifest {

    /** Changes whenever the rows written for the same runs would change. */
    private static final String VERSION = "strata data 1";

    record Entry(String header, String fingerprint, int runs, long offset, long length) {
    }

    String allHeader = "";
    final Map<String, Entry> processes = new LinkedHashMap<>();

    static DataManifest read(Path file) {
        DataManifest m = new DataManifest();
        if (!Files.isRegularFile(file)) {
            return m;
        }
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String[] first = r.readLine().split("\t");
            if (first.length != 2 || !first[0].equals(VERSION)) {
                return new DataManifest();
            }
            m.allHeader = first[1];
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t");
                m.processes.put(f[0], new Entry(f[1], f[2], Integer.parseInt(f[3]), Long.parseLong(f[4]),
                        Long.parseLong(f[5])));
            }
            return m;
        } catch (IOException | RuntimeException e) {
            return new DataManifest();
        }
    }

    void write(Path file) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write(VERSION + "\t" + allHeader + "\n");
                for (Map.Entry<String, Entry> e : processes.entrySet()) {
                    Entry x = e.getValue();
                    w.write(e.getKey() + "\t" + x.header() + "\t" + x.fingerprint() + "\t" + x.runs() + "\t"
                            + x.offset() + "\t" + x.length() + "\n");
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static String digest(List<String> header) {
        MessageDigest d = sha256();
        header.forEach(h -> update(d, h));
        return HexFormat.of().formatHex(d.digest(), 0, 16);
    }

    /**
     * The first {@code n} runs: the folder's tree stands for everything stored; the fields a public
     * site rewrites (host alias, redacted texts) are added as shown.
     */
    static String fingerprint(List<RunSummary> runs, int n) {
        MessageDigest d = sha256();
        for (int i = 0; i < n; i++) {
            RunSummary r = runs.get(i);
            update(d, r.treeId());
            update(d, r.folder());
            update(d, r.hostId());
            update(d, r.hostname());
            update(d, r.description());
            update(d, r.branch());
            update(d, r.describe());
        }
        return HexFormat.of().formatHex(d.digest(), 0, 16);
    }

    private static void update(MessageDigest d, String s) {
        d.update(s == null ? new byte[]{1} : s.getBytes(StandardCharsets.UTF_8));
        d.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
