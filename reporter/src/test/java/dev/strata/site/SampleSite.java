package dev.strata.site;

import dev.strata.series.RunSummary;
import dev.strata.series.Summaries;
import dev.strata.testing.SampleRuns;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The sample runs as the site model sees them, with deterministic folders and tree ids (no store). */
final class SampleSite {

    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss.SSS'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private SampleSite() {
    }

    static String folder(SampleRuns.Sample s, int i) {
        return FOLDER.format(s.record().startedAt()) + "-" + String.format(Locale.ROOT, "%04d", i % 10000);
    }

    static List<RunSummary> summaries(List<SampleRuns.Sample> samples) {
        List<RunSummary> out = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            out.add(Summaries.of(samples.get(i).record(), folder(samples.get(i), i),
                    SiteBuilder.digest("tree", i) + "00000000"));
        }
        return out;
    }

    static SiteModel model(List<SampleRuns.Sample> samples, boolean publicSite) {
        List<RunSummary> runs = summaries(samples);
        SiteOptions options = new SiteOptions("strata", null, publicSite, 6);
        return new SiteModel(runs, SiteHarness.oneRegression(runs), options, List.of("runs.csv"));
    }
}
