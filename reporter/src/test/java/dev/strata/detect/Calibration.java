package dev.strata.detect;

import dev.strata.series.Series;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How the default filter is chosen: every setting of a small grid is measured on the four
 * histories, the synthetic steps and the null series; the rule below picks one; leave-one-history-out
 * says how a setting picked without a history fares on it.
 *
 * <p>The rule: among settings that find at least {@value #MIN_SYNTHETIC} of the synthetic 1.3x steps,
 * raise at most {@value #MAX_NULL} flags per 1,000 null points and (when hyper's labels are among the
 * histories it is chosen on) keep hyper's recall at {@value #MIN_RECALL} or more, the one with the
 * fewest alerts per 1,000 points of those histories; ties go to the higher recall.
 */
public final class Calibration {

    public static final double MIN_SYNTHETIC = 0.95;
    public static final double MAX_NULL = 0.5;
    public static final double MIN_RECALL = 0.9;
    static final String LABELLED = "hyper.csv.gz";

    /** One point of the grid: what a step must pass alone (events keep {@link Methods#standardTogether()}). */
    public record Setting(Filter alone) {

        public String name() {
            return String.format(Locale.ROOT, "confidence %s, spread x%.0f, wander x%.0f, sway x%.0f, holds %d%s",
                    alone.minConfidence(), alone.spreadMultiple(), alone.wanderMultiple(), alone.swayMultiple(),
                    alone.persistence(), alone.excursion() > 0 ? ", excursions < " + alone.excursion() : "");
        }
    }

    public record Measured(Setting setting, Evaluation.Score score, Candidates.SyntheticScore synthetic,
                           double nullFlagsPer1000) {
    }

    /** A setting chosen without one history, and what it raised on that history. */
    public record Fold(String heldOut, Measured chosen, Evaluation.FileScore onHeldOut) {
    }

    private Calibration() {
    }

    public static List<Setting> grid() {
        List<Setting> out = new ArrayList<>();
        for (double confidence : new double[]{0.9999, 0.99999}) {
            for (double spread : new double[]{0, 1, 2}) {
                for (double wander : new double[]{0, 4}) {
                    for (double drift : new double[]{0, 3, 4}) {
                        for (int holds : new int[]{12, 20}) {
                            for (int excursion : new int[]{0, 30}) {
                                out.add(new Setting(new Filter(true, confidence, Methods.DEFAULT_NOISE_MULTIPLE,
                                        spread, wander, holds, drift, excursion)));
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    public static List<Measured> measure(Evaluation eval, Map<String, List<Series>> nulls, List<Setting> grid) {
        CachedMethod method = new CachedMethod(Methods.standard());
        List<Measured> out = new ArrayList<>();
        for (Setting s : grid) {
            Detector d = new Detector(method, Thresholds.defaults(), s.alone(), Methods.standardTogether());
            out.add(new Measured(s, eval.score(s.name(), d), Candidates.synthetic(d, 200),
                    NullSeries.flagsPer1000(d, nulls)));
        }
        return out;
    }

    /** The rule's choice on the histories named, if any setting qualifies. */
    public static Optional<Measured> choose(List<Measured> measured, Collection<String> histories) {
        return measured.stream()
                .filter(m -> m.synthetic().stepFoundRate() >= MIN_SYNTHETIC && m.nullFlagsPer1000() <= MAX_NULL)
                .filter(m -> !histories.contains(LABELLED) || m.score().recall() >= MIN_RECALL)
                .min(Comparator.comparingDouble((Measured m) -> m.score().of(histories).alertsPer1000())
                        .thenComparing(m -> -m.score().recall()));
    }

    public static List<Fold> leaveOneOut(List<Measured> measured, List<String> histories) {
        List<Fold> out = new ArrayList<>();
        for (String h : histories) {
            List<String> rest = histories.stream().filter(x -> !x.equals(h)).toList();
            choose(measured, rest).ifPresent(m -> out.add(new Fold(h, m, m.score().files().get(h))));
        }
        return out;
    }
}
