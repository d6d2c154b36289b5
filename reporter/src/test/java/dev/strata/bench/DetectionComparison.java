package dev.strata.bench;

import dev.strata.detect.Calibration;
import dev.strata.detect.Candidates;
import dev.strata.detect.Detector;
import dev.strata.detect.Evaluation;
import dev.strata.detect.Histories;
import dev.strata.detect.Methods;
import dev.strata.detect.NullSeries;
import dev.strata.series.Series;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares every detection method on the four real published histories (hyper's labels), the
 * synthetic steps and the seeded null series; measures the grid the default is chosen from, with
 * leave-one-history-out; prints the Markdown tables of docs/detection.md, then checks what the
 * default must hold and exits 1 when it does not.
 * Run: {@code bench/run DetectionComparison [--write] [HISTORIES_DIR]} (default {@code ../shared/data/histories});
 * {@code --write} puts the tables into docs/detection.md in place of the previous ones.
 */
public final class DetectionComparison {

    private static final List<String> FILES = Histories.FILES;

    static final String BEGIN = "<!-- tables: bench/run DetectionComparison --write -->";
    static final String END = "<!-- end of tables -->";

    public static void main(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(List.of(args));
        boolean write = rest.remove("--write");
        Path dir = !rest.isEmpty() ? Path.of(rest.get(0))
                : Path.of(System.getProperty("strata.shared", "../shared"), "data", "histories");
        if (!Files.isRegularFile(dir.resolve("labels-dev.csv"))) {
            System.err.println("DetectionComparison: no histories in " + dir.toAbsolutePath()
                    + " (give the directory holding hyper.csv.gz ... labels-dev.csv)");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        Evaluation eval = new Evaluation(dir);
        Map<String, List<Series>> nulls = NullSeries.families(eval.data());
        int nullPoints = nulls.values().stream().flatMap(List::stream).mapToInt(Series::size).sum();

        List<Row> rows = new ArrayList<>();
        for (Candidates.Candidate c : Candidates.all()) {
            rows.add(new Row(c.name(), eval.score(c.name(), c.detector()), Candidates.synthetic(c.detector(), 200),
                    NullSeries.flagsPer1000(c.detector(), nulls)));
        }
        List<Calibration.Measured> grid = Calibration.measure(eval, nulls, Calibration.grid());
        List<Calibration.Fold> folds = Calibration.leaveOneOut(grid, FILES);
        Calibration.Measured chosen = Calibration.choose(grid, FILES).orElse(null);

        StringBuilder tables = new StringBuilder();
        tables.append(String.format(Locale.ROOT, "%,d points in %d series; %,d null points in %d series.%n%n",
                eval.data().values().stream().flatMap(List::stream).mapToInt(Series::size).sum(),
                eval.data().values().stream().mapToInt(List::size).sum(), nullPoints,
                nulls.values().stream().mapToInt(List::size).sum()));
        tables.append("### Every method on the four histories, the synthetic steps and the null series\n\n")
                .append("Per history: alerts per 1,000 points (flags per 1,000 points).\n\n")
                .append(DetectionTables.methods(rows, FILES, Candidates.STANDARD)).append('\n');
        Row standardRow = rows.stream().filter(r -> r.name().equals(Candidates.STANDARD)).findFirst().orElseThrow();
        tables.append("### Where the default's flags are\n\n")
                .append("Flags: flagged change points of every series; in events: those that are members of an"
                        + " environment event; alerts: each event once and every other flag once.\n\n")
                .append(DetectionTables.flags(standardRow.score(), FILES)).append('\n');
        tables.append("### The grid the default is chosen from\n\n")
                .append("Alerts per 1,000 points; events keep the filter of step 6.\n\n")
                .append(DetectionTables.grid(grid, FILES, chosen)).append('\n');
        tables.append("### Leave one history out\n\n").append(DetectionTables.folds(folds, grid, chosen));
        System.out.println(tables);
        if (write) {
            Path doc = Path.of(System.getProperty("strata.root", "."), "docs", "detection.md");
            String text = Files.readString(doc);
            int from = text.indexOf(BEGIN);
            int to = text.indexOf(END);
            if (from < 0 || to < from) {
                System.err.println("DetectionComparison: " + doc + " has no " + BEGIN + " ... " + END + " block");
                System.exit(2);
            }
            Files.writeString(doc, text.substring(0, from + BEGIN.length()) + "\n\n" + tables.toString().strip()
                    + "\n\n" + text.substring(to));
            System.out.println("wrote the tables into " + doc);
        }
        System.out.printf(Locale.ROOT, "(%.0f s)%n", (System.nanoTime() - t0) / 1e9);

        List<String> failures = checks(rows, chosen);
        Evaluation.FileScore all = standardRow.score().all();
        System.out.printf(Locale.ROOT, "the default: %.2f alerts per 1,000 points; %.2f flags per 1,000 (every series of"
                        + " an event counted), of which %.2f are members of events and %.2f outside them%n",
                all.alertsPer1000(), all.flagsPer1000(), all.membersPer1000(), all.aloneFlagsPer1000());
        failures.forEach(f -> System.out.println("FAILED: " + f));
        System.out.println(failures.isEmpty() ? "checks: the table chooses the default, and the default holds its figures"
                : "checks: " + failures.size() + " failed");
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    /** One method's figures. */
    record Row(String name, Evaluation.Score score, Candidates.SyntheticScore synthetic, double nullFlagsPer1000) {
    }

    /** What the default must hold; each failure in words. */
    static List<String> checks(List<Row> rows, Calibration.Measured chosen) {
        List<String> failures = new ArrayList<>();
        if (chosen == null) {
            failures.add("no setting of the grid meets the rule");
        } else if (!chosen.setting().alone().equals(Methods.standardFilter())) {
            failures.add("the table chooses " + chosen.setting().name() + ", but the default is "
                    + new Calibration.Setting(Methods.standardFilter()).name());
        }
        Row standard = rows.stream().filter(r -> r.name().equals(Candidates.STANDARD)).findFirst().orElseThrow();
        double alerts = standard.score().all().alertsPer1000();
        if (alerts > 1.1) {
            failures.add(String.format(Locale.ROOT, "%.2f alerts per 1,000 points over the four histories > 1.1", alerts));
        }
        if (standard.nullFlagsPer1000() > 0.5) {
            failures.add(String.format(Locale.ROOT, "%.2f flags per 1,000 null points > 0.5", standard.nullFlagsPer1000()));
        }
        if (standard.score().recall() < 0.8) {
            failures.add(String.format(Locale.ROOT, "hyper recall %.2f < 0.8", standard.score().recall()));
        }
        if (standard.synthetic().stepFoundRate() < 0.95) {
            failures.add(String.format(Locale.ROOT, "synthetic 1.3x steps found %.1f%% < 95%%",
                    100 * standard.synthetic().stepFoundRate()));
        }
        Detector d = Detector.standard();
        if (!d.filter().equals(Methods.standardFilter())) {
            failures.add("Detector.standard() does not use Methods.standardFilter()");
        }
        return failures;
    }
}
