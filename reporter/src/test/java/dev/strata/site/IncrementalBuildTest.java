package dev.strata.site;

import dev.strata.store.GitStore;
import dev.strata.testing.SampleRuns;
import dev.strata.testing.SampleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A rebuild parses only new runs, renders only pages whose inputs changed, and keeps the site bounded. */
class IncrementalBuildTest {

    @Test
    void rebuildAfterOneNewRunParsesOnlyItAndRewritesFewPages(@TempDir Path tmp) throws Exception {
        Path store = SampleStore.create(tmp.resolve("store"), SampleRuns.standard());
        Path site = tmp.resolve("site");
        Path cache = tmp.resolve("cache/site-cache.bin.gz");
        SiteOptions options = new SiteOptions("strata", null, false, 6);

        SiteHarness first = new SiteHarness();
        first.build(store, site, options, cache);
        assertThat(first.loaded.parsed()).isEqualTo(SampleRuns.standard().size());
        assertThat(first.result.rendered()).isEqualTo(first.result.pages());

        SiteHarness same = new SiteHarness();
        same.build(store, site, options, cache);
        assertThat(same.loaded.parsed()).isZero();
        assertThat(same.loaded.cached()).isEqualTo(first.loaded.runs().size());
        assertThat(same.result.rendered()).isZero();
        assertThat(same.result.filesWritten()).isZero();

        Path untouched = site.resolve("p/query-cpp.html");
        FileTime before = Files.getLastModifiedTime(untouched);
        List<Path> runPagesBefore = runPages(site);
        try (GitStore s = GitStore.open(store)) {
            SampleRuns.Sample next = SampleRuns.commit(8, 1, null, 0).get(0);
            SampleStore.write(s, List.of(next), tmp.resolve("scratch"), 1);
        }
        SiteHarness after = new SiteHarness();
        after.build(store, site, options, cache);
        assertThat(after.loaded.parsed()).isEqualTo(1);
        assertThat(after.loaded.runs()).hasSize(first.loaded.runs().size() + 1);
        assertThat(after.result.rendered()).as("pages rendered again").isBetween(2, 10);
        assertThat(Files.getLastModifiedTime(untouched)).isEqualTo(before);
        List<Path> runPagesAfter = runPages(site);
        assertThat(runPagesAfter).as("the run that fell out of the newest six lost its page").hasSameSizeAs(runPagesBefore);
        assertThat(runPagesAfter).isNotEqualTo(runPagesBefore);
        assertThat(after.warnings).isEmpty();
    }

    private static List<Path> runPages(Path site) throws Exception {
        try (Stream<Path> s = Files.walk(site.resolve("r"))) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
