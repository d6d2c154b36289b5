package dev.strata.cli;

import dev.strata.format.Units;
import dev.strata.record.Metrics;
import dev.strata.record.RunRecord;
import dev.strata.suite.Batch;
import dev.strata.suite.PlannedRun;
import dev.strata.suite.SuiteProgress;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Map;

/** A progress bar with ETA on a terminal; plain lines when stderr is not one or {@code CI=true}. */
final class SuiteProgressViews {

    private SuiteProgressViews() {
    }

    static SuiteProgress forTerminal(PrintWriter err, Map<String, String> env) {
        return choose(err, env, System.console() != null, System.err);
    }

    static SuiteProgress choose(PrintWriter err, Map<String, String> env, boolean terminal, PrintStream stream) {
        boolean ci = "true".equalsIgnoreCase(env.getOrDefault("CI", ""));
        return terminal && !ci && !"dumb".equals(env.get("TERM")) ? new Bar(stream) : new Lines(err);
    }

    /** Nothing per run: for callers that say what happens in their own words (the demo). */
    static SuiteProgress quiet() {
        return new SuiteProgress() {
            @Override
            public void started(int totalRuns) {
            }

            @Override
            public void running(Batch batch, PlannedRun run) {
            }

            @Override
            public void finished(Batch batch, PlannedRun run, RunRecord record) {
            }

            @Override
            public void committed(Batch batch, int runs) {
            }

            @Override
            public void skipped(Batch batch, String why) {
            }

            @Override
            public void close() {
            }
        };
    }

    static String run(Batch b, PlannedRun r) {
        return b.label() + " " + (r.warmup() ? "warm-up" : "repetition") + " " + r.index() + "/" + r.of();
    }

    static String figures(RunRecord rec) {
        Metrics m = rec.metrics();
        StringBuilder sb = new StringBuilder();
        if (m != null && m.wallSeconds() != null) {
            sb.append(Units.seconds(m.wallSeconds()));
        }
        Long mem = m == null ? null : m.treePeakRssBytes() != null ? m.treePeakRssBytes() : m.maxRssBytes();
        if (mem != null) {
            sb.append(", ").append(Units.bytes(mem));
        }
        if (rec.status() != null && !"OK".equals(rec.status().name())) {
            sb.append(", ").append(rec.status().name().toLowerCase(java.util.Locale.ROOT));
            if (rec.exitCode() != null) {
                sb.append(" (exit ").append(rec.exitCode()).append(')');
            }
        }
        return sb.toString();
    }

    /** One line per run and per commit: what CI logs keep. */
    static final class Lines implements SuiteProgress {
        private final PrintWriter err;
        private int total;
        private int done;

        Lines(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void started(int totalRuns) {
            total = totalRuns;
            err.println("strata suite: " + totalRuns + " runs");
            err.flush();
        }

        @Override
        public void running(Batch batch, PlannedRun run) {
        }

        @Override
        public void finished(Batch batch, PlannedRun run, RunRecord record) {
            err.println("strata suite: [" + ++done + "/" + total + "] " + run(batch, run) + ": " + figures(record));
            err.flush();
        }

        @Override
        public void committed(Batch batch, int runs) {
            err.println("strata suite: committed " + batch.label() + " (" + runs + " runs, batch " + batch.id() + ")");
            err.flush();
        }

        @Override
        public void skipped(Batch batch, String why) {
            err.println("strata suite: " + batch.label() + ": " + why);
            err.flush();
        }

        @Override
        public void close() {
            err.flush();
        }
    }

    /** me.tongfei's progress bar on stderr; notes are printed above it. */
    static final class Bar implements SuiteProgress {
        private final PrintStream stream;
        private ProgressBar bar;

        Bar(PrintStream stream) {
            this.stream = stream;
        }

        @Override
        public void started(int totalRuns) {
            bar = new ProgressBarBuilder().setTaskName("suite").setInitialMax(totalRuns)
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUpdateIntervalMillis(250)
                    .setConsumer(new ConsoleProgressBarConsumer(stream)).setMaxRenderedLength(120).build();
        }

        @Override
        public void running(Batch batch, PlannedRun run) {
            bar.setExtraMessage(run(batch, run));
        }

        @Override
        public void finished(Batch batch, PlannedRun run, RunRecord record) {
            bar.step();
        }

        @Override
        public void committed(Batch batch, int runs) {
        }

        @Override
        public void skipped(Batch batch, String why) {
            stream.println("\r\033[2Kstrata suite: " + batch.label() + ": " + why);
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
