package dev.strata.suite;

import dev.strata.profilers.Profilers;

import java.util.List;

/**
 * The profiler names a suite may ask for: those {@code strata run --profile} knows, each with its
 * options after colons ({@code py-spy:rate=250}); a {@code custom:NAME=COMMAND} profiler is always
 * a candidate, its syntax checked like the others'.
 */
public final class ProfilerNames {

    public static final List<String> KNOWN = Profilers.catalogue().stream().map(Profilers.Known::name).toList();

    private ProfilerNames() {
    }

    public static boolean isCustom(String name) {
        return name.startsWith("custom:");
    }

    /** Null when {@code spec} names a known profiler with valid options, else why not. */
    static String problem(String spec) {
        try {
            Profilers.parseOne(spec);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage().replace("--profile: ", "");
        }
    }
}
