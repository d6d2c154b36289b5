package dev.strata.measure;

import dev.strata.record.Metrics;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses BSD {@code /usr/bin/time -l} output (macOS, FreeBSD): a {@code real/user/sys} line, then
 * one {@code value  description} line per rusage field. macOS reports the maximum resident set
 * size in bytes, FreeBSD in KiB; macOS alone prints the "peak memory footprint" and "instructions
 * retired" lines, which tells them apart.
 */
public final class BsdTimeParser {

    private static final Pattern TIMES = Pattern.compile(
            "\\s*([0-9.]+)\\s+real\\s+([0-9.]+)\\s+user\\s+([0-9.]+)\\s+sys\\s*");
    private static final Pattern FIELD = Pattern.compile("\\s*(\\d+)\\s+([a-z][a-z ]+?)\\s*");

    private BsdTimeParser() {
    }

    /**
     * @param exitCode the command's exit status (BSD time exits with it and does not print it)
     * @throws IllegalArgumentException when there is no real/user/sys line
     */
    public static TimeReport parse(String text, Integer exitCode) {
        Double real = null;
        Double user = null;
        Double sys = null;
        Map<String, Long> f = new HashMap<>();
        for (String line : text.split("\r?\n")) {
            Matcher m = TIMES.matcher(line);
            if (m.matches()) {
                real = Double.valueOf(m.group(1));
                user = Double.valueOf(m.group(2));
                sys = Double.valueOf(m.group(3));
                f.clear(); // only the report after the last times line counts
                continue;
            }
            Matcher fm = FIELD.matcher(line);
            if (real != null && fm.matches()) {
                f.put(fm.group(2), Long.parseLong(fm.group(1)));
            }
        }
        if (real == null) {
            throw new IllegalArgumentException("no BSD time report (real/user/sys line) found");
        }
        boolean macos = f.containsKey("peak memory footprint") || f.containsKey("instructions retired");
        Long maxRss = f.get("maximum resident set size");
        if (maxRss != null && !macos) {
            maxRss *= 1024;
        }
        Double cpu = real > 0 ? Math.round((user + sys) / real * 1000) / 10.0 : null;
        Metrics metrics = new Metrics(real, user, sys, cpu, maxRss, null, f.get("page faults"),
                f.get("page reclaims"), f.get("voluntary context switches"), f.get("involuntary context switches"),
                f.get("block input operations"), f.get("block output operations"), null, null, Metrics.BSD_TIME);
        Integer signal = exitCode != null && exitCode > 128 ? exitCode - 128 : null;
        return new TimeReport(metrics, signal == null ? exitCode : null, signal);
    }
}
