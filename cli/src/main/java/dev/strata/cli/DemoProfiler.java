package dev.strata.cli;

import dev.strata.profilers.Availability;
import dev.strata.profilers.Profilers;

import java.io.PrintWriter;
import java.util.List;

/** The demo profiles with py-spy where it can run, and says why not where it cannot. */
final class DemoProfiler {

    private DemoProfiler() {
    }

    static boolean available(PrintWriter err) {
        Availability a = Profilers.parseOne("py-spy").availability(List.of("python3"));
        if (!a.usable()) {
            err.println("strata demo: no flamegraphs this time: py-spy " + a.message());
        }
        return a.usable();
    }
}
