package dev.strata.bench;

import dev.strata.detect.Candidates;
import dev.strata.detect.Evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compares every detection method on the real published histories (with their labels) and on
 * synthetic series with known steps; prints the Markdown tables of docs/detection.md, then checks
 * that the default beats every simple baseline and holds its figures on the real data, and exits 1
 * when it does not.
 * Run: {@code bench/run DetectionComparison [HISTORIES_DIR]} (default {@code ../shared/data/histories}).
 */
public final class DetectionComparison {

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0])
                : Path.of(System.getProperty("strata.shared", "../shared"), "data", "histories");
        if (!Files.isRegularFile(dir.resolve("labels-dev.csv"))) {
            System.err.println("DetectionComparison: no histories in " + dir.toAbsolutePath()
                    + " (give the directory holding hyper.csv.gz ... labels-dev.csv)");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        Evaluation eval = new Evaluation(dir);
        List<Evaluation.Score> scores = new ArrayList<>();
        for (Candidates.Candidate c : Candidates.all()) {
            scores.add(eval.score(c.name(), c.detector()));
        }
        System.out.println("## Real histories\n");
        System.out.println(Evaluation.table(scores, Candidates.STANDARD));
        System.out.println("## Synthetic series\n");
        System.out.println(Candidates.syntheticTable());
        System.out.printf(Locale.ROOT, "(%.1f s)%n", (System.nanoTime() - t0) / 1e9);
        List<String> failures = checks(scores);
        failures.forEach(f -> System.out.println("FAILED: " + f));
        System.out.println(failures.isEmpty() ? "checks: the default beats every simple baseline and holds its figures"
                : "checks: " + failures.size() + " failed");
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    /** What the default must hold on the real histories; each failure in words. */
    static List<String> checks(List<Evaluation.Score> scores) {
        Evaluation.Score standard = scores.stream().filter(s -> s.name().equals(Candidates.STANDARD)).findFirst()
                .orElseThrow();
        List<String> failures = new ArrayList<>();
        for (Candidates.Candidate c : Candidates.all()) {
            if (!c.baseline()) {
                continue;
            }
            Evaluation.Score s = scores.stream().filter(x -> x.name().equals(c.name())).findFirst().orElseThrow();
            if (standard.f1() <= s.f1()) {
                failures.add(String.format(Locale.ROOT, "F1 of the default %.2f is not above %s's %.2f",
                        standard.f1(), s.name(), s.f1()));
            }
            boolean findsMore = standard.recall() > s.recall();
            boolean quieter = standard.falseAlarmsPer1000() < s.falseAlarmsPer1000();
            if (!(findsMore || quieter && standard.recall() >= s.recall())) {
                failures.add(String.format(Locale.ROOT,
                        "the default (recall %.2f, %.1f unmatched flags/1k) does not beat %s (recall %.2f, %.1f/1k)",
                        standard.recall(), standard.falseAlarmsPer1000(), s.name(), s.recall(), s.falseAlarmsPer1000()));
            }
        }
        if (standard.recall() < 0.9) {
            failures.add(String.format(Locale.ROOT, "recall %.2f < 0.9", standard.recall()));
        }
        if (standard.precision() < 0.4) {
            failures.add(String.format(Locale.ROOT, "precision %.2f < 0.4", standard.precision()));
        }
        if (standard.falseAlarmsPer1000() >= 5) {
            failures.add(String.format(Locale.ROOT, "%.1f unmatched flags/1k >= 5", standard.falseAlarmsPer1000()));
        }
        double django = standard.flagsPer1000ByFile().get("django-asv.csv.gz");
        if (django >= 5) {
            failures.add(String.format(Locale.ROOT, "the very noisy asv history is not quiet: %.1f flags/1k", django));
        }
        return failures;
    }
}
