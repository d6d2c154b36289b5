package dev.strata.export;

import dev.strata.record.RunJson;
import dev.strata.record.RunRecord;
import dev.strata.series.RunSummary;
import dev.strata.series.SummaryParser;
import dev.strata.testing.Records;
import dev.strata.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DataFilesTest {

    private static final Golden GOLDEN = Golden.in("reporter", "src/test/resources/golden");

    @Test
    void writesAllRunsAndOneFilePerProcess(@TempDir Path dir) throws IOException {
        List<Path> files = DataFiles.write(Fixtures.source(), dir.resolve("data")).files();
        assertThat(files).extracting(p -> dir.resolve("data").relativize(p).toString()).containsExactly(
                "runs.csv", "processes/ingest-pbmc3k.csv", "processes/query-obs.csv",
                "processes/end_to_end-http1_body_both_100kb.csv");
        StringWriter export = new StringWriter();
        Exporter.export(Fixtures.source(), new Exporter.Request(RunFilter.ALL, List.of(), Form.WIDE,
                ExportFormats.CSV), export);
        assertThat(Files.readString(files.get(0))).as("runs.csv is the default export").isEqualTo(export.toString());
        GOLDEN.check("data/ingest-pbmc3k.csv", () -> read(files.get(1)));
        GOLDEN.check("data/query-obs.csv", () -> read(files.get(2)));
    }

    @Test
    void laterWritesTouchOnlyTheProcessesWhoseRunsChanged(@TempDir Path dir) throws IOException {
        List<RunSummary> all = many();
        Path data = dir.resolve("data");
        // the first half of every process, then more runs of one process, then a run that brings a new column
        List<RunSummary> half = new ArrayList<>();
        for (String p : List.of("ingest-0", "ingest-1", "ingest-2")) {
            List<RunSummary> its = all.stream().filter(r -> r.process().equals(p)).toList();
            half.addAll(its.subList(0, its.size() / 2));
        }
        DataFiles.Result first = DataFiles.write(half, data);
        assertThat(first.rewritten()).isEqualTo(3);
        assertSameAsFresh(half, data, dir.resolve("fresh-1"));

        DataFiles.Result same = DataFiles.write(half, data);
        assertThat(same.kept()).isEqualTo(3);
        assertThat(same.appended() + same.rewritten()).isZero();

        List<RunSummary> more = new ArrayList<>(half);
        all.stream().filter(r -> r.process().equals("ingest-1") && !half.contains(r)).forEach(more::add);
        DataFiles.Result appended = DataFiles.write(order(more), data);
        assertThat(appended.appended()).isEqualTo(1);
        assertThat(appended.kept()).isEqualTo(2);
        assertSameAsFresh(order(more), data, dir.resolve("fresh-2"));

        // a new parameter changes runs.csv's columns and ingest-2's: ingest-2 is written again, the others kept
        RunRecord.Builder b = Fixtures.records().get(0).record().toBuilder();
        b.process = "ingest-2";
        b.params = java.util.Map.of("threads", 8L);
        RunSummary extra = SummaryParser.parse(RunJson.write(b.build()), "2099-01-01T00-00-00.000Z-zzzz", "tree-extra",
                "ingest-2/2099/run.json");
        List<RunSummary> wider = new ArrayList<>(more);
        wider.add(extra);
        DataFiles.Result rewritten = DataFiles.write(order(wider), data);
        assertThat(rewritten.rewritten()).isEqualTo(1);
        assertThat(rewritten.kept()).isEqualTo(2);
        assertSameAsFresh(order(wider), data, dir.resolve("fresh-3"));

        // a process gone from the store takes its file with it; a lost manifest means everything afresh
        List<RunSummary> fewer = wider.stream().filter(r -> !r.process().equals("ingest-0")).toList();
        DataFiles.write(fewer, data);
        assertThat(data.resolve("processes/ingest-0.csv")).doesNotExist();
        assertSameAsFresh(fewer, data, dir.resolve("fresh-4"));
        Files.delete(data.resolve("processes").resolve(DataFiles.MANIFEST));
        assertThat(DataFiles.write(fewer, data).rewritten()).isEqualTo(2);
        assertSameAsFresh(fewer, data, dir.resolve("fresh-5"));
    }

    /** Every file as a write into an empty folder makes it. */
    private static void assertSameAsFresh(List<RunSummary> runs, Path data, Path fresh) throws IOException {
        DataFiles.Result f = DataFiles.write(runs, fresh);
        assertThat(f.rewritten()).isEqualTo(f.files().size() - 1);
        for (Path p : f.files()) {
            Path mine = data.resolve(fresh.relativize(p));
            assertThat(Files.readString(mine)).as(mine.toString()).isEqualTo(Files.readString(p));
        }
        try (var listed = Files.list(data.resolve("processes"))) {
            assertThat(listed.filter(p -> p.toString().endsWith(".csv")).count()).isEqualTo(f.files().size() - 1);
        }
    }

    /** Store order: by process, then by folder. */
    private static List<RunSummary> order(List<RunSummary> runs) {
        return runs.stream().sorted(java.util.Comparator.comparing(RunSummary::process)
                .thenComparing(RunSummary::folder)).toList();
    }

    /** 90 realistic runs of three processes, as the store reader gives them. */
    private static List<RunSummary> many() {
        List<RunSummary> out = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            String process = "ingest-" + (i % 3);
            Instant at = Instant.parse("2025-01-01T00:00:00Z").plusSeconds(3600L * i);
            RunRecord r = Records.full(process, String.format(java.util.Locale.ROOT, "%040x", i), at, 1 + i % 7);
            String folder = String.format(java.util.Locale.ROOT, "2025-%04d", i);
            out.add(SummaryParser.parse(RunJson.write(r), folder, "tree-" + i, process + "/" + folder + "/run.json"));
        }
        return order(out);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
