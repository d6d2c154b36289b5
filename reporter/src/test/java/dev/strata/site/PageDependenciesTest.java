package dev.strata.site;

import dev.strata.record.Metrics;
import dev.strata.record.RunJson;
import dev.strata.record.RunRecord;
import dev.strata.store.GitStore;
import dev.strata.testing.SampleRuns;
import dev.strata.testing.SampleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rebuild renders only the pages whose inputs changed, and never leaves a page stale: after a run is
 * added, changed or deleted, the site built on top of the last one is byte for byte the site built from
 * nothing, while the pages that do not show the run are not even rendered.
 */
class PageDependenciesTest {

    private static final SiteOptions OPTIONS = new SiteOptions("strata", null, false, 6);
    /** Four run pages per process: query-py's are its three runs of the newest commit and one of the one before. */
    private static final SiteOptions FOUR = new SiteOptions("strata", null, false, 4);
    /** Every run with a page of its own: a new run then takes no page from an older one. */
    private static final SiteOptions EVERY_RUN = new SiteOptions("strata", null, false, 1000);

    @Test
    void oneNewRunRendersOnlyThePagesThatShowIt(@TempDir Path tmp) throws Exception {
        List<SampleRuns.Sample> samples = SampleRuns.standard();
        Path store = SampleStore.create(tmp.resolve("store"), samples);
        Path site = tmp.resolve("site");
        Path cache = tmp.resolve("cache.bin.gz");
        new SiteHarness().build(store, site, EVERY_RUN, cache);

        SampleRuns.Sample next = SampleRuns.commit(8, 1, null, 0).get(0);
        try (GitStore s = GitStore.open(store)) {
            SampleStore.write(s, List.of(next), tmp.resolve("scratch"), 1);
        }
        SiteHarness after = new SiteHarness();
        after.build(store, site, EVERY_RUN, cache);
        String runPage = runPage(after, next.record());
        List<String> rendered = after.result.renderedPaths();
        assertThat(rendered).contains("index.html", "p/ingest-py.html", runPage);
        assertThat(rendered).as("other processes' pages, other runs' pages, tag pages")
                .noneMatch(p -> p.startsWith("p/") && !p.equals("p/ingest-py.html"))
                .noneMatch(p -> p.startsWith("r/") && !p.equals(runPage))
                .noneMatch(p -> p.startsWith("t/") || p.equals("tags.html"));
        assertThat(after.result.pages() - rendered.size()).as("pages kept").isGreaterThan(200);
        assertSameAsFromNothing(site, store, tmp.resolve("fresh"), EVERY_RUN);
    }

    @Test
    void aChangedRunUpdatesEveryPageThatShowedIt(@TempDir Path tmp) throws Exception {
        List<SampleRuns.Sample> samples = SampleRuns.standard();
        int which = tagged(samples, "v1.2", "ingest-py");
        Path store = SampleStore.create(tmp.resolve("store"), samples);
        Path site = tmp.resolve("site");
        Path cache = tmp.resolve("cache.bin.gz");
        SiteHarness first = new SiteHarness();
        first.build(store, site, OPTIONS, cache);

        RunRecord r = samples.get(which).record();
        RunRecord.Builder b = r.toBuilder();
        Metrics m = r.metrics();
        b.metrics = new Metrics(m.wallSeconds() * 3, m.userSeconds(), m.sysSeconds(), m.cpuPercent(), m.maxRssBytes(),
                m.treePeakRssBytes(), m.majorPageFaults(), m.minorPageFaults(), m.voluntaryContextSwitches(),
                m.involuntaryContextSwitches(), m.fsInputBlocks(), m.fsOutputBlocks(), m.readBytes(), m.writeBytes(),
                m.source());
        String page = runPage(first, r);
        StoreEdits.replace(store, folder(page) + "/run.json", RunJson.write(b.build()));
        SiteHarness again = new SiteHarness();
        again.build(store, site, OPTIONS, cache);

        assertThat(again.result.renderedPaths()).contains("index.html", "p/" + r.process() + ".html", page);
        assertSameAsFromNothing(site, store, tmp.resolve("fresh"), OPTIONS);
    }

    /**
     * The newest run of query-py (one host, no parameters, three repetitions a commit) goes: the run just
     * older than its newest four gains a page, so the page of the run after it, which only named it, now
     * links it.
     */
    @Test
    void aDeletedRunLeavesNoPageThatShowedIt(@TempDir Path tmp) throws Exception {
        List<SampleRuns.Sample> samples = SampleRuns.standard();
        int which = tagged(samples, "v1.2", "query-py");
        Path site = tmp.resolve("site");
        Path cache = tmp.resolve("cache.bin.gz");
        Path store = SampleStore.create(tmp.resolve("store"), samples);
        SiteHarness first = new SiteHarness();
        first.build(store, site, FOUR, cache);
        String gone = runPage(first, samples.get(which).record());
        assertThat(site.resolve(gone)).exists();

        StoreEdits.remove(store, folder(gone));
        SiteHarness again = new SiteHarness();
        again.build(store, site, FOUR, cache);

        assertThat(site.resolve(gone)).doesNotExist();
        assertThat(again.result.renderedPaths()).contains("index.html", "p/query-py.html", "t/v1.2.html");
        assertSameAsFromNothing(site, store, tmp.resolve("fresh"), FOUR);
    }

    /** The newest run of a process in a tag: shown on its own page, its process page and the tag's page. */
    private static int tagged(List<SampleRuns.Sample> samples, String tag, String process) {
        int found = -1;
        for (int i = 0; i < samples.size(); i++) {
            RunRecord r = samples.get(i).record();
            if (tag.equals(r.tag()) && r.process().equals(process)
                    && (found < 0 || r.startedAt().isAfter(samples.get(found).record().startedAt()))) {
                found = i;
            }
        }
        assertThat(found).isNotNegative();
        return found;
    }

    /** The run folder in the store of a run page: r/PROCESS/FOLDER.html is PROCESS/FOLDER. */
    private static String folder(String runPage) {
        return runPage.substring(2, runPage.length() - ".html".length());
    }

    private static String runPage(SiteHarness h, RunRecord r) {
        return h.loaded.runs().stream()
                .filter(s -> s.process().equals(r.process()) && s.startedAtMillis() == r.startedAt().toEpochMilli())
                .map(Links::run).findFirst().orElseThrow();
    }

    private static void assertSameAsFromNothing(Path site, Path store, Path fresh, SiteOptions options)
            throws Exception {
        new SiteHarness().build(store, fresh, options, null);
        Map<String, String> built = files(site), expected = files(fresh);
        assertThat(built.keySet()).isEqualTo(expected.keySet());
        expected.forEach((path, content) -> assertThat(built.get(path)).as(path).isEqualTo(content));
    }

    private static Map<String, String> files(Path root) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(p).toString();
                if (!rel.equals(PageWriter.MANIFEST)) {
                    out.put(rel, new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
                }
            }
        }
        return out;
    }
}
