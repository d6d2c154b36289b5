package dev.strata.cli;

import dev.strata.importer.AsvResults;
import dev.strata.importer.GabDataJs;
import dev.strata.importer.HistoryCsv;
import dev.strata.importer.ImportReport;
import dev.strata.importer.ImportedPoint;
import dev.strata.importer.Importer;
import dev.strata.store.GitStore;
import dev.strata.store.StoreLocation;
import dev.strata.store.StoreSync;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;

@Command(name = "import", sortOptions = false,
        description = "Bring an existing benchmark history into the store, one run per point.",
        footer = {"", "Examples: strata import --from asv results/",
                "          strata import --from gab gh-pages/dev/bench/data.js",
                "          strata import --from csv history.csv.gz   (columns series,commit,timestamp_iso,value,unit,range)",
                "Importing the same history again adds only the points not yet in the store."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    Common common;
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--from", required = true, paramLabel = "asv|gab|csv",
            description = "Format: an asv results/ directory, a github-action-benchmark data.js, or a CSV.")
    String from;
    @Parameters(index = "0", paramLabel = "PATH", description = "What to import.")
    Path path;
    @Option(names = "--batch", paramLabel = "N", description = "Runs per commit (default: 1000).")
    int batch = Importer.DEFAULT_BATCH;
    @Option(names = "--push", description = "Push the store to its remote 'origin' afterwards.")
    boolean push;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        String kind = from.trim().toLowerCase(Locale.ROOT);
        if (!Files.exists(path)) {
            throw new IllegalArgumentException(path + ": no such file or directory");
        }
        if (kind.equals("csv") && Files.isDirectory(path)) {
            throw new IllegalArgumentException(path + ": is a directory; --from csv reads one CSV file (.csv or .csv.gz)");
        }
        List<ImportedPoint> points = switch (kind) {
            case "asv" -> AsvResults.read(path);
            case "gab" -> GabDataJs.parse(text(dataJs(path)), dataJs(path).getFileName().toString());
            case "csv" -> {
                try (BufferedReader r = reader(path)) {
                    yield HistoryCsv.parse(r, path.getFileName().toString());
                }
            }
            default -> throw new IllegalArgumentException("--from '" + from + "': use asv, gab or csv");
        };
        StoreLocation loc = storeOptions.location();
        try (GitStore store = loc.open()) {
            StoreSync sync = loc.sync(store, 30);
            if (loc.pullsBeforeWrite(push)) {
                sync.pull();
            }
            ImportReport r = new Importer(store, batch, m -> {
                if (common.verbose) {
                    err.println("strata: " + m);
                }
            }).run(points, kind + " " + path.getFileName());
            if (r.added() > 0 && loc.pushesAfterWrite(push)) {
                sync.push();
            }
            err.println("strata: imported " + r.added() + " runs from " + r.points() + " points of " + path
                    + " into " + loc.localDir() + " (" + r.alreadyPresent() + " already there, " + r.commits()
                    + " commits)");
        }
        return 0;
    }

    private static Path dataJs(Path p) {
        if (Files.isDirectory(p)) {
            for (Path c : List.of(p.resolve("data.js"), p.resolve("dev/bench/data.js"))) {
                if (Files.isRegularFile(c)) {
                    return c;
                }
            }
            throw new IllegalArgumentException(p + ": no data.js here (give the file github-action-benchmark wrote)");
        }
        return p;
    }

    private static String text(Path p) throws IOException {
        try (BufferedReader r = reader(p)) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[1 << 16];
            for (int n; (n = r.read(buf)) > 0; ) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        }
    }

    /** The file's text: gunzipped when it ends in .gz, without a byte-order mark (Excel writes one). */
    private static BufferedReader reader(Path p) throws IOException {
        InputStream in = Files.newInputStream(p);
        if (p.getFileName().toString().endsWith(".gz")) {
            try {
                in = new GZIPInputStream(in, 1 << 16);
            } catch (IOException e) {
                in.close();
                throw new IllegalArgumentException(p + ": not a gzip file although its name ends in .gz ("
                        + e.getMessage() + ")");
            }
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        r.mark(1);
        if (r.read() != '\uFEFF') {
            r.reset();
        }
        return r;
    }
}
