package dev.strata.check;

import dev.strata.testing.Golden;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CheckReportFormatsTest {

    private static final Golden GOLDEN = Golden.in("reporter", "src/test/resources/golden");

    private final CheckReport report = CheckFixture.report();

    @Test
    void verdictsOfTheFixture() {
        assertThat(report.comparisons()).extracting(c -> c.process() + " " + c.metric().name() + " " + c.verdict())
                .containsExactly(
                        "export wallSeconds PASS", "export maxRssBytes PASS",
                        "ingest wallSeconds REGRESSION", "ingest maxRssBytes PASS",
                        "ingest cells_per_second REGRESSION",
                        "query wallSeconds PASS", "query maxRssBytes IMPROVEMENT",
                        "tiny wallSeconds INCONCLUSIVE", "tiny maxRssBytes PASS");
        assertThat(report.exitCode()).isEqualTo(1);
    }

    @Test
    void markdown() throws Exception {
        GOLDEN.check("check/report.md", () -> CheckFormats.MARKDOWN.render(report));
    }

    @Test
    void markdownWithCommitRangeAndSiteLinks() throws Exception {
        CheckLinks links = new CheckLinks("1111111..2222222", "https://org.github.io/project/",
                java.util.Map.of("ingest", "r/ingest/2026-01-02T03-04-05.000Z-abcd.html"));
        GOLDEN.check("check/report-links.md", () -> CheckFormats.markdown(links).render(report));
    }

    @Test
    void junitXml() throws Exception {
        GOLDEN.check("check/report.junit.xml", () -> CheckFormats.JUNIT.render(report));
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(CheckFormats.JUNIT.render(report).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void everyFormatOfCheckMatchesItsGoldenThroughTheOneInterface() {
        java.util.Map<String, String> files = java.util.Map.of("text", "report.txt", "markdown", "report.md",
                "json", "report.json", "junit", "report.junit.xml");
        assertThat(CheckFormats.ALL.names()).containsExactlyInAnyOrderElementsOf(files.keySet());
        for (String name : CheckFormats.ALL.names()) {
            GOLDEN.check("check/" + files.get(name), () -> CheckFormats.ALL.get(name).render(report));
        }
    }

    @Test
    void json() throws Exception {
        GOLDEN.check("check/report.json", () -> CheckFormats.JSON.render(report));
    }

    /** Escalations of --escalate: one with a diff, one without an earlier profile, one not run again. */
    private final CheckReport escalated = report.withEscalations(java.util.List.of(
            new Escalation("ingest", "py-spy", "ingest/2026-01-03T00-00-00.000Z-wxyz",
                    "ingest/2026-01-01T00-00-00.000Z-abcd", "strata-escalation/ingest.py-spy.diff.svg", null),
            new Escalation("ingest", "perf", "ingest/2026-01-03T00-00-00.000Z-wxyz", null, null,
                    "no earlier run of ingest has a perf profile to diff against; the next escalation will"),
            new Escalation("tiny", null, null, null, null, "its recorded command had a secret taken out, so it"
                    + " cannot be run again as it was: run it by hand with strata run --profile")));

    @Test
    void escalationsInEveryFormat() throws Exception {
        GOLDEN.check("check/escalated.txt", () -> CheckFormats.TEXT.render(escalated));
        GOLDEN.check("check/escalated.md", () -> CheckFormats.MARKDOWN.render(escalated));
        GOLDEN.check("check/escalated.junit.xml", () -> CheckFormats.JUNIT.render(escalated));
        GOLDEN.check("check/escalated.json", () -> CheckFormats.JSON.render(escalated));
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(CheckFormats.JUNIT.render(escalated).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void terminalTable() throws Exception {
        GOLDEN.check("check/report.txt", () -> CheckFormats.TEXT.render(report));
    }
}
