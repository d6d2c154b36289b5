package dev.strata.detect;

import dev.strata.series.Point;
import dev.strata.series.Series;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores detectors on the real histories: recall and precision against the labelled change points
 * (a flag hits when it lands on the labelled commit or up to {@value #TOLERANCE} points after), and
 * flags per 1,000 points on every file. Labels are incomplete, so precision counts only flags in
 * labelled series and is a lower bound; the flag rate of the unlabelled files stands for false alarms.
 */
public final class Evaluation {

    static final int TOLERANCE = 2;

    /** Figures of one detector. */
    public record Score(String name, int labels, int hits, int labelledSeriesFlags, int matchedFlags,
                        Map<String, Double> flagsPer1000ByFile, int flags, int points, int unmatchedFlags) {

        public double recall() {
            return labels == 0 ? 0 : hits / (double) labels;
        }

        public double precision() {
            return labelledSeriesFlags == 0 ? 0 : matchedFlags / (double) labelledSeriesFlags;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** Flags that match no label, per 1,000 points of all four histories. */
        public double falseAlarmsPer1000() {
            return 1000.0 * unmatchedFlags / points;
        }
    }

    private final Map<String, List<Series>> data = new LinkedHashMap<>();
    private final List<Histories.Label> labels;

    /** @param dir a directory holding the four histories and labels-dev.csv ({@code ../shared/data/histories}) */
    public Evaluation(Path dir) throws IOException {
        for (String f : Histories.FILES) {
            data.put(f, Histories.read(dir.resolve(f)));
        }
        labels = Histories.labels(dir.resolve("labels-dev.csv"));
    }

    public Map<String, List<Series>> data() {
        return data;
    }

    public Score score(String name, Detector detector) {
        int hits = 0;
        int labelledFlags = 0;
        Set<String> matched = new HashSet<>();
        Map<String, Double> perFile = new LinkedHashMap<>();
        int flags = 0;
        int points = 0;
        Set<String> labelledSeries = new HashSet<>();
        for (Histories.Label l : labels) {
            labelledSeries.add(l.file() + "\n" + l.series());
        }
        Map<String, List<ChangePoint>> found = new HashMap<>();
        for (Map.Entry<String, List<Series>> e : data.entrySet()) {
            int filePoints = 0;
            int fileFlags = 0;
            for (Series s : e.getValue()) {
                List<ChangePoint> cps = detector.detect(s);
                found.put(e.getKey() + "\n" + s.key().metric(), cps);
                filePoints += s.size();
                fileFlags += cps.size();
                if (labelledSeries.contains(e.getKey() + "\n" + s.key().metric())) {
                    labelledFlags += cps.size();
                }
            }
            perFile.put(e.getKey(), 1000.0 * fileFlags / filePoints);
            flags += fileFlags;
            points += filePoints;
        }
        for (Histories.Label l : labels) {
            Series s = data.get(l.file()).stream().filter(x -> x.key().metric().equals(l.series())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("label names a missing series: " + l));
            int at = indexOf(s, l.commit());
            boolean hit = false;
            for (ChangePoint cp : found.get(l.file() + "\n" + l.series())) {
                if (cp.index() >= at && cp.index() <= at + TOLERANCE) {
                    hit = true;
                    matched.add(l.file() + "\n" + l.series() + "\n" + cp.index());
                }
            }
            hits += hit ? 1 : 0;
        }
        return new Score(name, labels.size(), hits, labelledFlags, matched.size(), perFile, flags, points,
                flags - matched.size());
    }

    private static int indexOf(Series s, String commit) {
        List<Point> ps = s.points();
        for (int i = 0; i < ps.size(); i++) {
            if (ps.get(i).sha().equals(commit)) {
                return i;
            }
        }
        throw new IllegalStateException("labelled commit " + commit + " is not in " + s.key());
    }

    /** The comparison table in Markdown, one row per detector. */
    public static String table(List<Score> scores, String standard) {
        StringBuilder b = new StringBuilder();
        b.append("| method | labels hit (of ").append(scores.get(0).labels()).append(") | recall | precision | F1 |");
        for (String f : scores.get(0).flagsPer1000ByFile().keySet()) {
            b.append(" flags/1k ").append(f.replace(".csv.gz", "")).append(" |");
        }
        b.append(" unmatched flags/1k (all) |\n|---|---:|---:|---:|---:|");
        b.append("---:|".repeat(scores.get(0).flagsPer1000ByFile().size())).append("---:|\n");
        for (Score s : scores) {
            b.append("| ").append(s.name().equals(standard) ? "**" + s.name() + "** (default)" : s.name())
                    .append(" | ").append(s.hits())
                    .append(String.format(Locale.ROOT, " | %.2f | %.2f | %.2f |", s.recall(), s.precision(), s.f1()));
            for (double v : s.flagsPer1000ByFile().values()) {
                b.append(String.format(Locale.ROOT, " %.1f |", v));
            }
            b.append(String.format(Locale.ROOT, " %.1f |%n", s.falseAlarmsPer1000()));
        }
        return b.toString();
    }

}
