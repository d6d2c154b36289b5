package dev.strata.cli;

import dev.strata.check.CheckFormats;
import dev.strata.check.CheckLinks;
import dev.strata.check.CheckReport;
import dev.strata.check.Comparer;
import dev.strata.check.GitCodeRepo;
import dev.strata.check.RunSelector;
import dev.strata.check.Selection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "check", sortOptions = false,
        description = "The release gate: compare the current commit's runs with a baseline's, per process and"
                + " metric, with a rank test over the repetitions.",
        footer = {"", "Example: strata check --baseline v1.14 --junit perf.xml",
                "Baselines: a tag (of runs, or git describe), a SHA prefix, a revision of the code repository"
                        + " (main~3), or last:N (the N latest commits measured before the current one).",
                "Exit code: 0 no regression, 1 regression, 2 usage or data error (e.g. no runs for the baseline)."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    Common common;
    @Mixin
    ReadOptions storeOptions;
    @Mixin
    ThresholdOptions thresholdOptions;

    @Option(names = "--repo", paramLabel = "DIR", description = "Repository of the code under test, to resolve"
            + " HEAD, main~N and tags (default: current directory).")
    Path repo;
    @Option(names = "--current", paramLabel = "SHA|HEAD", description = "The commit to judge (default: HEAD).")
    String current = "HEAD";
    @Option(names = "--baseline", paramLabel = "TAG|SHA|REV|last:N", description = "What to compare with"
            + " (default: last:1, the latest commit measured before the current one).")
    String baseline = "last:1";
    @Option(names = "--metric", split = ",", paramLabel = "METRIC", description = "Metrics to check (repeatable; default: wallSeconds,"
            + " maxRssBytes and every custom metric).")
    List<String> metrics;
    @Option(names = "--alpha", paramLabel = "P", description = "Significance level of the rank test (default: 0.05 or strata.yaml's).")
    Double alpha;
    @Option(names = "--junit", paramLabel = "FILE", description = "Write JUnit XML: one test case per process x metric.")
    Path junit;
    @Option(names = "--json", paramLabel = "FILE", description = "Write the report as JSON.")
    Path json;
    @Option(names = "--markdown", paramLabel = "FILE", description = "Write the report as Markdown.")
    Path markdown;
    @Option(names = "--escalate", description = "Run each regressed process again with its profilers, commit that"
            + " run and diff its flamegraph against the nearest earlier profiled run (listed in every report).")
    boolean escalate;
    @Option(names = "--escalate-dir", paramLabel = "DIR", description = "Where the diff flamegraphs of --escalate go"
            + " (default: strata-escalation).")
    Path escalateDir = Path.of("strata-escalation");
    @Option(names = "--push", description = "With --escalate: push the store after each run again.")
    boolean push;
    @Option(names = "--site-url", paramLabel = "URL", description = "The published site (e.g. the Pages URL):"
            + " the Markdown links each regression to its trend, baseline run and the regressions page.")
    String siteUrl;
    @Option(names = "--step-summary", paramLabel = "FILE", defaultValue = "${env:GITHUB_STEP_SUMMARY}",
            description = "Append the Markdown report here (default: $GITHUB_STEP_SUMMARY when set).")
    Path stepSummary;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (siteUrl != null && !siteUrl.matches("https?://\\S+")) {
            throw new Errors.UsageException("--site-url must be an http(s) address, not '" + siteUrl + "'");
        }
        if (alpha != null && !(alpha > 0 && alpha < 1)) {
            throw new Errors.UsageException("--alpha " + alpha + ": expected a number between 0 and 1");
        }
        StoreRuns store = StoreRuns.load(storeOptions.location(
                repo == null ? Path.of("").toAbsolutePath() : repo.toAbsolutePath()), storeOptions.ref, err);
        Map<String, Double> thresholds = thresholdOptions.overrides(store.runs());
        Path codeDir = repo == null ? Path.of("").toAbsolutePath() : repo.toAbsolutePath();
        if (repo != null && !Files.isDirectory(codeDir)) {
            throw new Errors.UsageException("--repo " + repo + ": no such directory");
        }
        CheckReport report;
        CheckLinks links;
        try (GitCodeRepo code = GitCodeRepo.find(codeDir).orElse(null)) {
            RunSelector selector = new RunSelector(store.runs(), code);
            Selection cur = selector.current(current);
            Selection base = selector.baseline(baseline, cur);
            double a = alpha != null ? alpha : store.config().alphaOrDefault();
            Comparer comparer = new Comparer(store.config().thresholds(thresholds), a,
                    metrics == null ? List.of() : metrics);
            report = new CheckReport(cur.label(), base.label(), a, comparer.compare(cur.runs(), base.runs()));
            if (escalate && report.regressed()) {
                Escalator e = new Escalator(storeOptions.location(codeDir), push, codeDir,
                        escalateDir.toAbsolutePath(), Duration.ofHours(2), err);
                report = report.withEscalations(e.escalate(report.regressedProcesses(), cur.runs(), store.runs()));
            }
            links = CheckLinks.of(cur, base, siteUrl);
        }
        out.print(CheckFormats.TEXT.render(report));
        out.flush();
        String md = CheckFormats.markdown(links).render(report);
        write(junit, CheckFormats.JUNIT.render(report), false);
        write(json, CheckFormats.JSON.render(report), false);
        write(markdown, md, false);
        if (stepSummary != null && !stepSummary.toString().isBlank()) {
            write(stepSummary, md + "\n", true);
        }
        return report.exitCode();
    }

    /** Writes through a temporary file and a move, so a reader never sees half a report. */
    private static void write(Path file, String text, boolean append) throws IOException {
        if (file == null) {
            return;
        }
        Path abs = file.toAbsolutePath();
        if (abs.getParent() != null) {
            Files.createDirectories(abs.getParent());
        }
        if (append) {
            Files.writeString(abs, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return;
        }
        Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, abs, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
