package dev.strata.bench;

import dev.strata.detect.ChangePoint;
import dev.strata.detect.Detector;
import dev.strata.detect.Evaluation;
import dev.strata.detect.Candidates;
import dev.strata.detect.Synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compares every detection method on the real published histories (with their labels) and on
 * synthetic series with known steps; prints the Markdown tables of docs/detection.md.
 * Run: {@code bench/run DetectionComparison}.
 */
public final class DetectionComparison {

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Evaluation eval = new Evaluation();
        List<Evaluation.Score> scores = new ArrayList<>();
        for (Candidates.Candidate c : Candidates.all()) {
            scores.add(eval.score(c.name(), c.detector()));
        }
        System.out.println("## Real histories\n");
        System.out.println(Evaluation.table(scores, Candidates.STANDARD));
        System.out.println("## Synthetic series\n");
        System.out.println(Candidates.syntheticTable());
        System.out.printf(Locale.ROOT, "(%.1f s)%n", (System.nanoTime() - t0) / 1e9);
    }
}
