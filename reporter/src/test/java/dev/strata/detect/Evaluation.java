package dev.strata.detect;

import dev.strata.series.Point;
import dev.strata.series.Series;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a detector on the real histories: recall against the labelled change points (a flagged
 * change point hits when it lands on the labelled commit or up to {@value #TOLERANCE} points after),
 * and per file the flags (change points per series), the alerts (what a reader is told of: each
 * environment event once, each other flagged change point once) and the possible ones, per 1,000
 * points. Labels are incomplete, so precision (flags in labelled series that hit a label) is a
 * lower bound, and the flag rates of the unlabelled files stand for false alarms.
 */
public final class Evaluation {

    static final int TOLERANCE = 2;

    /** What a detector raised on one history. */
    public record FileScore(int points, int flagged, int alerts, int possible, int events, int members) {

        public double flagsPer1000() {
            return 1000.0 * flagged / points;
        }

        public double alertsPer1000() {
            return 1000.0 * alerts / points;
        }

        /** Flagged change points that are members of environment events, per 1,000 points. */
        public double membersPer1000() {
            return 1000.0 * members / points;
        }

        /** Flagged change points outside events, per 1,000 points. */
        public double aloneFlagsPer1000() {
            return 1000.0 * (flagged - members) / points;
        }

        public double possiblePer1000() {
            return 1000.0 * possible / points;
        }

        static FileScore sum(Collection<FileScore> fs) {
            int p = 0, f = 0, a = 0, o = 0, e = 0, m = 0;
            for (FileScore x : fs) {
                p += x.points;
                f += x.flagged;
                a += x.alerts;
                o += x.possible;
                e += x.events;
                m += x.members;
            }
            return new FileScore(p, f, a, o, e, m);
        }
    }

    /** Figures of one detector. */
    public record Score(String name, int labels, int hits, int labelledSeriesFlags, int matchedFlags,
                        Map<String, FileScore> files) {

        public double recall() {
            return labels == 0 ? 0 : hits / (double) labels;
        }

        public double precision() {
            return labelledSeriesFlags == 0 ? 0 : matchedFlags / (double) labelledSeriesFlags;
        }

        /** All four histories together. */
        public FileScore all() {
            return FileScore.sum(files.values());
        }

        /** The histories named together, e.g. all but the one left out. */
        public FileScore of(Collection<String> names) {
            return FileScore.sum(names.stream().map(files::get).toList());
        }
    }

    private final Map<String, List<Series>> data;
    private final List<Histories.Label> labels;

    /** @param dir a directory holding the four histories and labels-dev.csv (the full published histories, given to the benchmark) */
    public Evaluation(Path dir) throws IOException {
        data = new LinkedHashMap<>();
        for (String f : Histories.FILES) {
            data.put(f, Histories.read(dir.resolve(f)));
        }
        labels = Histories.labels(dir.resolve("labels-dev.csv"));
    }

    public Evaluation(Map<String, List<Series>> data, List<Histories.Label> labels) {
        this.data = new LinkedHashMap<>(data);
        this.labels = List.copyOf(labels);
    }

    public Map<String, List<Series>> data() {
        return data;
    }

    public Score score(String name, Detector detector) {
        Map<String, FileScore> files = new LinkedHashMap<>();
        Map<String, List<ChangePoint>> bySeries = new HashMap<>();
        for (Map.Entry<String, List<Series>> e : data.entrySet()) {
            Detection d = detector.detectAll(e.getValue());
            int points = e.getValue().stream().mapToInt(Series::size).sum();
            int flagged = (int) d.changePoints().stream().filter(ChangePoint::flagged).count();
            int members = (int) d.events().stream().flatMap(ev -> ev.members().stream()).filter(ChangePoint::flagged).count();
            files.put(e.getKey(), new FileScore(points, flagged, d.alerts(), d.changePoints().size() - flagged,
                    d.events().size(), members));
            for (ChangePoint cp : d.changePoints()) {
                if (cp.flagged()) {
                    bySeries.computeIfAbsent(e.getKey() + "\n" + cp.key().process(), k -> new java.util.ArrayList<>()).add(cp);
                }
            }
        }
        int hits = 0;
        int labelledFlags = 0;
        java.util.Set<String> labelled = new java.util.HashSet<>();
        java.util.Set<ChangePoint> matched = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Histories.Label l : labels) {
            Series s = data.get(l.file()).stream().filter(x -> x.key().process().equals(l.series())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("label names a missing series: " + l));
            List<ChangePoint> flags = bySeries.getOrDefault(l.file() + "\n" + l.series(), List.of());
            if (labelled.add(l.file() + "\n" + l.series())) {
                labelledFlags += flags.size();
            }
            int at = indexOf(s, l.commit());
            boolean hit = false;
            for (ChangePoint cp : flags) {
                if (cp.index() >= at && cp.index() <= at + TOLERANCE) {
                    hit = true;
                    matched.add(cp);
                }
            }
            hits += hit ? 1 : 0;
        }
        return new Score(name, labels.size(), hits, labelledFlags, matched.size(), files);
    }

    static int indexOf(Series s, String commit) {
        List<Point> ps = s.points();
        for (int i = 0; i < ps.size(); i++) {
            if (ps.get(i).sha().equals(commit)) {
                return i;
            }
        }
        throw new IllegalStateException("labelled commit " + commit + " is not in " + s.key());
    }
}
