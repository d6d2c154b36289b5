package dev.strata.site;

import dev.strata.detect.ChangePoint;
import dev.strata.detect.Detection;
import dev.strata.detect.Direction;
import dev.strata.detect.EnvironmentEvent;
import dev.strata.record.RunRecord;
import dev.strata.series.MetricDef;
import dev.strata.series.RunSummary;
import dev.strata.series.SeriesKey;
import dev.strata.testing.Golden;
import dev.strata.testing.SampleRuns;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page kind rendered from its view model under de-DE and compared with a golden file (rewrite
 * them with -Dgolden.update=true); and a record whose every string is
 * hostile comes out escaped on every page.
 */
class SitePagesTest {

    private static final Golden GOLDEN = Golden.in("reporter", "src/test/resources/golden/site");
    private static final SiteContext SITE = new SiteContext("strata", "results", null);

    private final SiteBuilder builder = new SiteBuilder(w -> { }, p -> { });

    /** Each page kind of a model, rendered. */
    private Map<String, String> render(SiteModel m) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("index", builder.render("index", "", SITE, IndexPage.view(m, "0123456789abcdef")));
        out.put("process", builder.render("process", "../", SITE, ProcessPage.view(m, "ingest-py")));
        out.put("process-hostile", builder.render("process", "../", SITE, ProcessPage.view(m, "hostile")));
        List<TagsView.TagRow> tags = TagsPage.rows(m, "");
        out.put("tags", builder.render("tags", "", SITE, new TagsView(tags)));
        var metrics = TagsPage.metrics(m);
        var medians = new TagsPage.Medians(m, metrics);
        List<String> names = tags.stream().map(TagsView.TagRow::tag).toList();
        for (TagsView.TagRow t : tags) {
            out.put("tag-" + Links.slug(t.tag()), builder.render("tag", "../", SITE, TagsPage.view(m, medians, metrics, t, names)));
        }
        out.put("tags-js", TagsPage.script(medians, metrics));
        out.put("languages", builder.render("languages", "", SITE, LanguagesPage.view(m)));
        out.put("hosts", builder.render("hosts", "", SITE, HostsPage.view(m)));
        out.put("scaling", builder.render("scaling", "", SITE, ScalingPage.view(m)));
        out.put("regressions", builder.render("regressions", "", SITE, RegressionsPage.view(m, true)));
        out.put("run", runPage(m, "ingest-py", s -> true));
        out.put("run-hostile", runPage(m, "hostile", s -> true));
        return out;
    }

    private String runPage(SiteModel m, String process, Function<RunSummary, Boolean> which) {
        RunSummary s = m.byProcess.get(process).stream().filter(which::apply).findFirst().orElseThrow();
        RunRecord r = SampleRuns.standard().stream().map(SampleRuns.Sample::record)
                .filter(x -> x.startedAt().toEpochMilli() == s.startedAtMillis() && x.process().equals(process))
                .findFirst().orElseThrow();
        var files = new RunAttachments.Written(
                List.of(new RunView.Flame("py-spy", s.folder() + "/flamegraphs/py-spy.svg", "cpu profile by py-spy")),
                List.of(new RunView.Flame("py-spy: a → b", s.folder() + "/flamegraphs/py-spy-diff.svg", null)),
                List.of(new RunView.Download("profiles/py-spy.folded", s.folder() + "/profiles/py-spy.folded",
                        "folded · py-spy", "131 B")));
        return builder.render("run", RunPage.ROOT, SITE, RunPage.view(m, s, r, m.previousOnHost(s), files));
    }

    @Test
    void anEnvironmentEventIsSaidOnceForItsGroupAndAPossibleStepIsMarked() {
        SiteModel sample = SampleSite.model(SampleRuns.standard(), false);
        ChangePoint one = sample.changePoints.get(0);
        ChangePoint memory = new ChangePoint(new SeriesKey(one.key().process(), "maxRssBytes", one.key().hostId()),
                new MetricDef("maxRssBytes", "B", null, null), one.index(), one.lastGood(), one.firstBad(),
                Direction.REGRESSION, 1.1, 0.999, 0.01, one.method(), true);
        List<ChangePoint> cps = List.of(one, memory);
        EnvironmentEvent event = new EnvironmentEvent("lab-xeon", one.firstBad().sha(), java.time.Instant.EPOCH, cps, 8);
        SiteModel m = new SiteModel(sample.runs, new Detection(cps, List.of(event)), sample.options, List.of());
        String page = builder.render("regressions", "", SITE, RegressionsPage.view(m, true));
        assertThat(page).containsOnlyOnce("environment event: 2 of 8 series of this host stepped at this commit")
                .containsOnlyOnce("(possible)");
    }

    @Test
    void everyPageKindMatchesItsGoldenFile() {
        GOLDEN.checkAll(() -> {
            Map<String, String> pages = render(SampleSite.model(SampleRuns.standard(), false));
            Map<String, String> publicPages = render(SampleSite.model(SampleRuns.standard(), true));
            pages.put("run-public", publicPages.get("run"));
            pages.put("index-public", publicPages.get("index"));
            Map<String, String> files = new LinkedHashMap<>();
            pages.forEach((k, v) -> files.put(k + (k.endsWith("-js") ? ".js" : ".html"), v));
            return files;
        });
    }

    @Test
    void hostileStringsAreEscapedEverywhere() {
        Map<String, String> pages = render(SampleSite.model(SampleRuns.standard(), false));
        for (Map.Entry<String, String> p : pages.entrySet()) {
            String html = p.getValue();
            assertThat(html).as(p.getKey())
                    .doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<b>key")
                    .doesNotContain("<i>m</i>").doesNotContain("</pre><script>").doesNotContain("<b>Ünïcødé")
                    .doesNotContain("evil\"host").doesNotContain("</script><script>").doesNotContain("<os>")
                    .doesNotContain("<lib>").doesNotContain("py<thon>");
        }
        assertThat(pages.get("process-hostile")).contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;")
                .contains("Ünïcødé ✓ 中文");
        assertThat(pages.get("run-hostile")).contains("&lt;/pre&gt;&lt;script&gt;alert(5)&lt;/script&gt;")
                .contains("&lt;i&gt;m&lt;/i&gt;").contains("evil&quot;host&lt;script&gt;");
        assertThat(pages.get("index")).contains("v9&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void publicPagesLeaveOutMachinesAndPeople() {
        Map<String, String> pages = render(SampleSite.model(SampleRuns.standard(), true));
        for (Map.Entry<String, String> p : pages.entrySet()) {
            assertThat(p.getValue()).as(p.getKey()).doesNotContain("alice").doesNotContain("lab-xeon")
                    .doesNotContain("example.org").doesNotContain("OMP_NUM_THREADS").doesNotContain("/home/")
                    .doesNotContain("operator").doesNotContain("fv-az123");
        }
        assertThat(pages.get("run")).contains("&quot;dataset&quot; : &quot;pbmc3k&quot;")
                .contains("&quot;stage&quot; : &quot;nightly&quot;").doesNotContain("read_ops").contains("host-");
        Map<String, String> open = render(SampleSite.model(SampleRuns.standard(), false));
        assertThat(open.get("run")).contains("alice").contains("<dt>Hostname</dt>").contains("OMP_NUM_THREADS");
    }
}
