package dev.strata.cli;

import dev.strata.suite.Batch;
import dev.strata.suite.PlannedRun;

import java.io.PrintWriter;
import java.util.List;

/** {@code strata suite run --dry-run}: the runs in the order they would go, with the exact command of each. */
final class SuitePlanText {

    private SuitePlanText() {
    }

    static void print(PrintWriter out, List<Batch> batches, List<PlannedRun> schedule) {
        int n = 0;
        for (PlannedRun r : schedule) {
            Batch b = batches.get(r.batch());
            out.printf("%4d  %s  %s %d/%d%s  %s  (in %s)%n", ++n, b.label(), r.warmup() ? "warm-up" : "repetition",
                    r.index(), r.of(), r.profiled() ? " profiled by " + String.join(",", b.profilers()) : "",
                    String.join(" ", b.command()), b.cwd());
        }
        out.printf("%d runs in %d batches; nothing ran (--dry-run)%n", schedule.size(), batches.size());
        out.flush();
    }
}
