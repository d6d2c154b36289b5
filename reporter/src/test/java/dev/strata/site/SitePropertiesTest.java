package dev.strata.site;

import dev.strata.record.RecordFormatException;
import dev.strata.record.RunJson;
import dev.strata.record.RunRecord;
import dev.strata.series.RunSummary;
import dev.strata.series.Summaries;
import dev.strata.series.SummaryCache;
import dev.strata.testing.SampleRuns;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the site reads from outside (records, its cache, free-text names) never breaks it. */
class SitePropertiesTest {

    @Property(tries = 300)
    void randomBytesAsARunRecordAreRejectedOrSummarised(@ForAll @Size(max = 400) byte[] bytes) {
        try {
            RunRecord r = RunJson.read(bytes, "p/f/run.json");
            RunSummary s = Summaries.of(r, "f", "0".repeat(40));
            assertThat(s.process()).isEqualTo(r.process());
        } catch (RecordFormatException e) {
            assertThat(e.getMessage()).startsWith("p/f/run.json");
        }
    }

    @Property(tries = 50)
    void aDamagedCacheFileIsAnEmptyCache(@ForAll @Size(max = 300) byte[] bytes) throws IOException {
        Path f = Files.createTempFile("cache", ".bin.gz");
        try {
            Files.write(f, bytes);
            assertThat(SummaryCache.open(f).size()).isZero();
        } finally {
            Files.deleteIfExists(f);
        }
    }

    @Property(tries = 20)
    void theCacheGivesBackWhatItKept(@ForAll("someRuns") List<Integer> picks) throws IOException {
        List<SampleRuns.Sample> all = SampleRuns.standard();
        List<RunSummary> runs = SampleSite.summaries(picks.stream().map(i -> all.get(i % all.size())).distinct().toList());
        Path f = Files.createTempFile("cache", ".bin.gz");
        try {
            SummaryCache c = SummaryCache.open(f);
            c.retain(runs);
            c.save();
            SummaryCache back = SummaryCache.open(f);
            for (RunSummary r : runs) {
                assertThat(back.get(r.treeId())).isEqualTo(r);
            }
        } finally {
            Files.deleteIfExists(f);
        }
    }

    @Property(tries = 10)
    void runsAddedLaterAreAppendedAndReadBack(@ForAll("someRuns") List<Integer> picks) throws IOException {
        List<RunSummary> all = SampleSite.summaries(SampleRuns.standard());
        List<RunSummary> first = picks.stream().map(i -> all.get(i % all.size())).distinct().toList();
        List<RunSummary> both = new java.util.ArrayList<>(first);
        all.stream().filter(r -> !first.contains(r)).limit(5).forEach(both::add);
        Path f = Files.createTempFile("cache", ".bin.gz");
        try {
            SummaryCache c = SummaryCache.open(f);
            c.retain(first);
            c.save();
            SummaryCache again = SummaryCache.open(f);
            again.retain(both);
            again.save();
            SummaryCache back = SummaryCache.open(f);
            assertThat(back.size()).isEqualTo(both.size());
            both.forEach(r -> assertThat(back.get(r.treeId())).isEqualTo(r));
            SummaryCache shrunk = SummaryCache.open(f);
            shrunk.retain(first);
            shrunk.save();
            assertThat(SummaryCache.open(f).size()).isEqualTo(first.size());
        } finally {
            Files.deleteIfExists(f);
        }
    }

    @Provide
    Arbitrary<List<Integer>> someRuns() {
        return Arbitraries.integers().between(0, 1000).list().ofMinSize(1).ofMaxSize(30);
    }

    @Property
    void slugsAreSafeFileNamesAndTellTagsApart(@ForAll @StringLength(max = 40) String a, @ForAll @StringLength(max = 40) String b) {
        assertThat(Links.slug(a)).matches("[A-Za-z0-9._-]+").doesNotStartWith(".");
        if (!a.equals(b)) {
            assertThat(Links.slug(a)).isNotEqualTo(Links.slug(b));
        }
    }

    @Property
    void naturalOrderIsAConsistentOrder(@ForAll @StringLength(max = 12) String a, @ForAll @StringLength(max = 12) String b) {
        assertThat(Integer.signum(Trend.natural(a, b))).isEqualTo(-Integer.signum(Trend.natural(b, a)));
        assertThat(Trend.natural(a, a)).isZero();
    }
}
