package dev.strata.suite;

import java.util.List;

/**
 * The profiler names a suite may ask for, as {@code strata run --profile} knows them. A
 * {@code custom:NAME=COMMAND} profiler is always accepted: its command is checked when it runs.
 */
public final class ProfilerNames {

    public static final List<String> KNOWN = List.of("py-spy", "perf", "rprof", "memray", "heaptrack",
            "async-profiler", "jfr");

    private ProfilerNames() {
    }

    public static boolean isCustom(String name) {
        return name.startsWith("custom:");
    }
}
