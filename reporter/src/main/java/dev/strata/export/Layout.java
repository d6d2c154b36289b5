package dev.strata.export;

import dev.strata.record.Repetition;
import dev.strata.series.MetricCatalog;
import dev.strata.series.MetricInfo;
import dev.strata.series.RunSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The columns of an export and the cells of each run. The run columns come first in a fixed
 * order (README documents them), then {@code param.<name>} per sweep parameter (sorted), then
 * either one column per metric (wide) or {@code metric,value,unit,better} (long).
 */
public final class Layout {

    public static final List<String> RUN_COLUMNS = List.of("id", "path", "process", "status", "exitCode",
            "startedAt", "endedAt", "tag", "suite", "description", "language", "task", "repetition.batch",
            "repetition.index", "repetition.warmup", "git.sha", "git.branch", "git.describe", "git.dirty",
            "git.commitTime", "host.id", "host.os", "host.arch", "host.cpuModel", "host.logicalCores",
            "host.memoryBytes");
    public static final List<String> LONG_COLUMNS = List.of("metric", "value", "unit", "better");
    public static final String PARAM_PREFIX = "param.";

    private final Form form;
    private final List<String> params;
    private final List<String> metrics;
    private final boolean metricsChosen;
    /** Where each metric column's value sits in a run summary's metrics. */
    private final String[] metricKeys;

    /**
     * @param metrics       the metric columns of a wide export, in order
     * @param metricsChosen whether the user chose them ({@code --metric}); a long export then keeps only those
     */
    public Layout(Form form, List<String> params, List<String> metrics, boolean metricsChosen) {
        this.form = form;
        this.params = List.copyOf(params);
        this.metrics = List.copyOf(metrics);
        this.metricsChosen = metricsChosen;
        this.metricKeys = this.metrics.stream()
                .map(m -> MetricCatalog.isBuiltIn(m) ? m : MetricInfo.CUSTOM + m).toArray(String[]::new);
    }

    public List<String> header() {
        List<String> h = new ArrayList<>(RUN_COLUMNS);
        params.forEach(p -> h.add(PARAM_PREFIX + p));
        if (form == Form.WIDE) {
            metrics.forEach(m -> h.add(MetricValue.column(m)));
        } else {
            h.addAll(LONG_COLUMNS);
        }
        return h;
    }

    /** Emits the rows of one run: one when wide, one per metric it has when long. */
    public void rows(RunSummary r, Consumer<Object[]> out) {
        List<Object> base = runCells(r);
        for (String p : params) {
            base.add(r.params().get(p));
        }
        if (form == Form.WIDE) {
            for (String key : metricKeys) {
                base.add(r.metric(key));
            }
            out.accept(base.toArray());
            return;
        }
        List<MetricValue> values = new ArrayList<>();
        if (metricsChosen) {
            for (String m : metrics) {
                MetricValue v = MetricValue.of(r, m);
                if (v != null) {
                    values.add(v);
                }
            }
        } else {
            values = MetricValue.all(r);
        }
        for (MetricValue v : values) {
            List<Object> row = new ArrayList<>(base);
            row.add(v.name());
            row.add(v.value());
            row.add(v.unit());
            row.add(v.better() == null ? null : v.better().json());
            out.accept(row.toArray());
        }
    }

    private static List<Object> runCells(RunSummary r) {
        Repetition rep = r.repetition();
        List<Object> c = new ArrayList<>(RUN_COLUMNS.size() + 16);
        c.add(r.id());
        c.add(r.path());
        c.add(r.process());
        // a summary says "unknown" where the record said nothing
        c.add("unknown".equals(r.status()) ? null : r.status());
        c.add(r.exitCode());
        c.add(r.startedAt());
        c.add(r.endedAt());
        c.add(r.tag());
        c.add(r.suite());
        c.add(r.description());
        c.add(r.language());
        c.add(r.task());
        c.add(rep == null ? null : rep.batch());
        c.add(rep == null ? null : rep.index());
        c.add(rep == null ? null : rep.warmup());
        c.add(r.sha());
        c.add(r.branch());
        c.add(r.describe());
        c.add(r.dirty());
        c.add(r.commitTime());
        c.add(r.hostId());
        c.add(r.os());
        c.add(r.arch());
        c.add(r.cpuModel());
        c.add(r.logicalCores());
        c.add(r.memoryBytes());
        return c;
    }
}
