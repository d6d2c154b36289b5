package dev.strata.query;

import dev.strata.export.Cells;
import dev.strata.series.RunSummary;

import java.util.Locale;

/** What {@code --group-by} groups on: process, tag, sha, host or {@code param.NAME}. */
public record GroupBy(String name, String param) {

    public static GroupBy parse(String s) {
        String t = s.trim();
        if (t.startsWith("param.") && t.length() > "param.".length()) {
            return new GroupBy(t, t.substring("param.".length()));
        }
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "process", "tag", "sha", "host" -> new GroupBy(t.toLowerCase(Locale.ROOT), null);
            default -> throw new IllegalArgumentException("--group-by '" + s
                    + "': use process, tag, sha, host or param.NAME");
        };
    }

    /** The group of a run, or null when it has no value for this key. */
    public String keyOf(RunSummary r) {
        if (param != null) {
            Object v = r.params().get(param);
            return v == null ? null : Cells.text(v);
        }
        return switch (name) {
            case "process" -> r.process();
            case "tag" -> r.tag();
            case "sha" -> r.sha();
            case "host" -> r.hostId();
            default -> throw new IllegalStateException(name);
        };
    }
}
