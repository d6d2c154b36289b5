package dev.strata.export;

import dev.strata.series.RunSummary;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The site's downloads: {@code runs.csv} (every run, wide) and {@code processes/<process>.csv}
 * (the runs of one process, with only the columns that process uses), in the same format as
 * {@code strata export --format csv}. Process names are single safe path segments by construction.
 *
 * <p>Written from run summaries and per process: a process whose runs are as last time keeps its
 * file untouched; one that only gained runs at its end has just those rows appended; any other is
 * rewritten alone. {@code runs.csv} is put together from per-process blocks, each copied from the
 * last file when unchanged. What was written last time is in {@link #MANIFEST}; without it (or with
 * an unreadable one) everything is written afresh.
 */
public final class DataFiles {

    public static final String ALL_RUNS = "runs.csv";
    public static final String PROCESS_DIR = "processes";
    static final String MANIFEST = ".strata-data.tsv";

    /** What a write did, for tests and progress lines. */
    public record Result(List<Path> files, int kept, int appended, int rewritten) {
    }

    private DataFiles() {
    }

    /** Writes the files under {@code dataDir} (created if needed); returns them, runs.csv first. */
    public static Result write(List<RunSummary> runs, Path dataDir) throws IOException {
        Map<String, List<RunSummary>> byProcess = new LinkedHashMap<>();
        ColumnScan all = new ColumnScan();
        Map<String, ColumnScan> scans = new LinkedHashMap<>();
        for (RunSummary r : runs) {
            byProcess.computeIfAbsent(r.process(), p -> new ArrayList<>()).add(r);
            all.add(r, true);
            scans.computeIfAbsent(r.process(), p -> new ColumnScan()).add(r, true);
        }
        Path dir = dataDir.resolve(PROCESS_DIR);
        Files.createDirectories(dir);
        DataManifest before = DataManifest.read(dir.resolve(MANIFEST));
        DataManifest after = new DataManifest();
        Layout allLayout = layout(all);
        after.allHeader = DataManifest.digest(allLayout.header());
        boolean allSameColumns = after.allHeader.equals(before.allHeader) && Files.isRegularFile(dataDir.resolve(ALL_RUNS));

        // per process: its columns, and how many of its runs its file already holds (-1: none usable)
        List<Path> files = new ArrayList<>();
        files.add(dataDir.resolve(ALL_RUNS));
        Map<String, Layout> layouts = new HashMap<>();
        Map<String, DataManifest.Entry> nows = new HashMap<>();
        Map<String, Integer> keptRuns = new HashMap<>();
        boolean unchanged = allSameColumns && before.processes.keySet().equals(byProcess.keySet());
        for (Map.Entry<String, List<RunSummary>> e : byProcess.entrySet()) {
            String process = e.getKey();
            List<RunSummary> its = e.getValue();
            Path file = dir.resolve(process + ".csv");
            files.add(file);
            Layout layout = layout(scans.get(process));
            String fingerprint = DataManifest.fingerprint(its, its.size());
            DataManifest.Entry now = new DataManifest.Entry(DataManifest.digest(layout.header()), fingerprint,
                    its.size(), 0, 0);
            DataManifest.Entry was = before.processes.get(process);
            int k = was == null || !Files.isRegularFile(file) || !was.header().equals(now.header())
                    || was.runs() > its.size() || !was.fingerprint().equals(was.runs() == its.size() ? fingerprint
                    : DataManifest.fingerprint(its, was.runs())) ? -1 : was.runs();
            layouts.put(process, layout);
            nows.put(process, now);
            keptRuns.put(process, k);
            unchanged &= k == its.size();
        }
        if (unchanged) {
            // nothing to write: every file and the manifest stay as they are
            return new Result(files, byProcess.size(), 0, 0);
        }
        // gone until everything below is written: a build cut short leaves files the next one rewrites
        Files.deleteIfExists(dir.resolve(MANIFEST));

        int kept = 0;
        int appended = 0;
        int rewritten = 0;
        Path allTmp = Files.createTempFile(dataDir, ALL_RUNS, ".tmp");
        try (FileChannel allCh = FileChannel.open(allTmp, StandardOpenOption.WRITE);
             FileChannel oldAll = allSameColumns ? FileChannel.open(dataDir.resolve(ALL_RUNS)) : null) {
            OutputStream allOut = Channels.newOutputStream(allCh);
            long offset = writeRows(allOut, allLayout, List.of(), true);
            for (Map.Entry<String, List<RunSummary>> e : byProcess.entrySet()) {
                String process = e.getKey();
                List<RunSummary> its = e.getValue();
                Path file = dir.resolve(process + ".csv");
                Layout layout = layouts.get(process);
                DataManifest.Entry was = before.processes.get(process);
                DataManifest.Entry now = nows.get(process);
                int k = keptRuns.get(process);
                List<RunSummary> fresh = k < 0 ? its : its.subList(k, its.size());
                if (k == its.size()) {
                    kept++;
                } else if (k >= 0) {
                    appended++;
                    try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
                        writeRows(out, layout, fresh, false);
                    }
                } else {
                    rewritten++;
                    replace(file, out -> writeRows(out, layout, its, true));
                }
                // this process's block of runs.csv: the old block as far as it still holds (copied file to
                // file by the kernel), then new rows
                long length;
                if (oldAll != null && k >= 0) {
                    long copied = 0;
                    while (copied < was.length()) {
                        long n = oldAll.transferTo(was.offset() + copied, was.length() - copied, allCh);
                        if (n <= 0) {
                            throw new IOException(ALL_RUNS + " is shorter than its manifest says");
                        }
                        copied += n;
                    }
                    length = copied + writeRows(allOut, allLayout, fresh, false);
                } else {
                    length = writeRows(allOut, allLayout, its, false);
                }
                after.processes.put(process, new DataManifest.Entry(now.header(), now.fingerprint(), now.runs(),
                        offset, length));
                offset += length;
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(allTmp);
            throw e;
        }
        Files.move(allTmp, dataDir.resolve(ALL_RUNS), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        for (String gone : before.processes.keySet()) {
            if (!byProcess.containsKey(gone)) {
                Files.deleteIfExists(dir.resolve(gone + ".csv"));
            }
        }
        after.write(dir.resolve(MANIFEST));
        return new Result(files, kept, appended, rewritten);
    }

    private static Layout layout(ColumnScan scan) {
        return new Layout(Form.WIDE, scan.params(), scan.defaultMetrics(), false);
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** Writes a whole file beside it and moves it in place: a reader never sees half of it. */
    private static void replace(Path file, Body body) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                body.write(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes the rows of {@code runs} (after the header, if asked); returns the bytes written. */
    private static long writeRows(OutputStream raw, Layout layout, List<RunSummary> runs, boolean header)
            throws IOException {
        Counting counted = new Counting(raw);
        Writer w = new BufferedWriter(new OutputStreamWriter(counted, StandardCharsets.UTF_8), 1 << 16);
        CsvRowWriter rows = new CsvRowWriter(w);
        List<String> columns = layout.header();
        if (header) {
            rows.header(columns);
        } else {
            rows.columns(columns.size());
        }
        try {
            for (RunSummary r : runs) {
                layout.rows(r, cells -> {
                    try {
                        rows.row(cells);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        rows.close();
        w.flush();
        return counted.count;
    }

    /** Counts bytes on their way out, without closing the stream under it. */
    private static final class Counting extends java.io.FilterOutputStream {
        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
