package dev.strata.export;

import dev.strata.series.LoadedRun;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The site's downloads: {@code runs.csv} (every run, wide) and {@code processes/<process>.csv}
 * (the runs of one process, with only the columns that process uses), in the same format as
 * {@code strata export --format csv}. Process names are single safe path segments by construction.
 */
public final class DataFiles {

    public static final String ALL_RUNS = "runs.csv";
    public static final String PROCESS_DIR = "processes";

    private DataFiles() {
    }

    /** For the site, which already holds its runs. */
    public static List<Path> write(List<LoadedRun> runs, Path dataDir) throws IOException {
        return write(RunSource.of(runs.stream().map(r -> new ExportRun(r.path(), r.record())).toList()), dataDir);
    }

    /** Writes the files under {@code dataDir} (created if needed); returns them, runs.csv first. */
    public static List<Path> write(RunSource source, Path dataDir) throws IOException {
        ColumnScan all = new ColumnScan();
        Map<String, ColumnScan> perProcess = new LinkedHashMap<>();
        source.forEachSkimmed(run -> {
            all.add(run.record(), true);
            perProcess.computeIfAbsent(run.record().process(), p -> new ColumnScan()).add(run.record(), true);
        });
        Files.createDirectories(dataDir.resolve(PROCESS_DIR));
        List<Path> files = new ArrayList<>();
        Map<String, Open> open = new HashMap<>();
        Path allPath = dataDir.resolve(ALL_RUNS);
        files.add(allPath);
        try (Open allOut = new Open(allPath, layout(all))) {
            source.forEach(run -> {
                String p = run.record().process();
                Open o = open.computeIfAbsent(p, k -> {
                    Path f = dataDir.resolve(PROCESS_DIR).resolve(k + ".csv");
                    files.add(f);
                    return new Open(f, layout(perProcess.get(k)));
                });
                allOut.write(run);
                o.write(run);
            });
        } finally {
            for (Open o : open.values()) {
                o.close();
            }
        }
        return files;
    }

    private static Layout layout(ColumnScan scan) {
        return new Layout(Form.WIDE, scan.params(), scan.defaultMetrics(), false);
    }

    /** One CSV being written. */
    private static final class Open implements AutoCloseable {
        private final Writer out;
        private final RowWriter rows;
        private final Layout layout;

        Open(Path file, Layout layout) {
            try {
                this.out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 15);
                this.rows = new CsvRowWriter(out);
                this.layout = layout;
                rows.header(layout.header());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void write(ExportRun run) {
            layout.rows(run, cells -> {
                try {
                    rows.row(cells);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        @Override
        public void close() {
            try {
                rows.close();
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
