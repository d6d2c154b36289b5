package dev.strata.bench;

import dev.strata.detect.Calibration;
import dev.strata.detect.Evaluation;

import java.util.List;
import java.util.Locale;

/** The Markdown tables of docs/detection.md. */
final class DetectionTables {

    private DetectionTables() {
    }

    private static String shortName(String file) {
        return file.replace(".csv.gz", "");
    }

    /** Per method: hyper's labels, per history alerts/1k (flags/1k), all four together, synthetic, null. */
    static String methods(List<DetectionComparison.Row> rows, List<String> files, String standard) {
        StringBuilder b = new StringBuilder("| method | hyper labels hit | recall | precision |");
        for (String f : files) {
            b.append(' ').append(shortName(f)).append(" |");
        }
        b.append(" all four | possible/1k | 1.3x steps found | drifts found | null flags/1k |\n|---|---:|---:|---:|");
        b.append("---:|".repeat(files.size())).append("---:|---:|---:|---:|---:|\n");
        for (DetectionComparison.Row r : rows) {
            Evaluation.Score s = r.score();
            b.append("| ").append(r.name().equals(standard) ? "**" + r.name() + "** (default)" : r.name())
                    .append(String.format(Locale.ROOT, " | %d of %d | %.2f | %.2f |", s.hits(), s.labels(), s.recall(),
                            s.precision()));
            for (String f : files) {
                b.append(' ').append(rate(s.files().get(f))).append(" |");
            }
            b.append(' ').append(rate(s.all())).append(String.format(Locale.ROOT, " | %.2f | %.1f%% | %.1f%% | %.2f |%n",
                    s.all().possiblePer1000(), 100 * r.synthetic().stepFoundRate(), 100 * r.synthetic().driftFoundRate(),
                    r.nullFlagsPer1000()));
        }
        return b.toString();
    }

    /** Alerts per 1,000 points, then flags (change points of every series) per 1,000 in brackets. */
    private static String rate(Evaluation.FileScore f) {
        return String.format(Locale.ROOT, "%.2f (%.1f)", f.alertsPer1000(), f.flagsPer1000());
    }

    /**
     * Where one method's flagged change points are, per history: members of environment events (the
     * same commit on many series of the host) and the rest, against the alerts a reader is told of.
     */
    static String flags(Evaluation.Score score, List<String> files) {
        StringBuilder b = new StringBuilder("| history | points | flags | in events | events | alerts |"
                + " flags/1k | event members/1k | flags outside events/1k | alerts/1k |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String f : files) {
            b.append(flagsRow(shortName(f), score.files().get(f)));
        }
        b.append(flagsRow("all four", score.all()));
        return b.toString();
    }

    private static String flagsRow(String name, Evaluation.FileScore f) {
        return String.format(Locale.ROOT, "| %s | %,d | %d | %d | %d | %d | %.2f | %.2f | %.2f | %.2f |%n", name, f.points(),
                f.flagged(), f.members(), f.events(), f.alerts(), f.flagsPer1000(), f.membersPer1000(),
                f.aloneFlagsPer1000(), f.alertsPer1000());
    }

    static String grid(List<Calibration.Measured> grid, List<String> files, Calibration.Measured chosen) {
        StringBuilder b = new StringBuilder("| alone: a step must pass | hyper recall |");
        for (String f : files) {
            b.append(' ').append(shortName(f)).append(" |");
        }
        b.append(" all four | 1.3x steps found | null flags/1k |\n|---|---:|");
        b.append("---:|".repeat(files.size())).append("---:|---:|---:|\n");
        for (Calibration.Measured m : grid) {
            String name = m.setting().name();
            b.append("| ").append(m == chosen ? "**" + name + "** (chosen)" : name)
                    .append(String.format(Locale.ROOT, " | %.2f |", m.score().recall()));
            for (String f : files) {
                b.append(String.format(Locale.ROOT, " %.2f |", m.score().files().get(f).alertsPer1000()));
            }
            b.append(String.format(Locale.ROOT, " %.2f | %.1f%% | %.2f |%n", m.score().all().alertsPer1000(),
                    100 * m.synthetic().stepFoundRate(), m.nullFlagsPer1000()));
        }
        return b.toString();
    }

    static String folds(List<Calibration.Fold> folds, List<Calibration.Measured> grid, Calibration.Measured chosen) {
        StringBuilder b = new StringBuilder("| left out | chosen on the other three | its alerts/1k there (flags/1k) |"
                + " the default's there | hyper recall |\n|---|---|---:|---:|---:|\n");
        for (Calibration.Fold f : folds) {
            Evaluation.FileScore mine = chosen == null ? null : chosen.score().files().get(f.heldOut());
            b.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %.2f |%n", shortName(f.heldOut()),
                    f.chosen().setting().name(), rate(f.onHeldOut()), mine == null ? "-" : rate(mine),
                    f.chosen().score().recall()));
        }
        return b.toString();
    }
}
