package dev.strata.query;

import dev.strata.format.Units;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** One way to print a query result; each format is a short class beside this one. */
public interface QueryFormat {

    void write(QueryResult result, Writer out) throws IOException;

    static QueryFormat of(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "table" -> new QueryTable();
            case "markdown", "md" -> new QueryMarkdown();
            case "csv" -> new QueryCsv();
            case "json" -> new QueryJson();
            default -> throw new IllegalArgumentException("--format '" + name + "': use table, csv, json or markdown");
        };
    }

    /** Header of the statistics columns, shared by the human formats. */
    String[] STAT_HEADER = {"metric", "n", "median", "MAD", "min", "max"};

    /** The cells of one line for people: group values, metric name, count and human values. */
    static String[] humanCells(GroupStats g) {
        String[] c = new String[g.group().size() + STAT_HEADER.length];
        int i = 0;
        for (String k : g.group()) {
            c[i++] = k == null ? "(none)" : k;
        }
        Summary s = g.summary();
        c[i++] = g.metric();
        c[i++] = Integer.toString(s.count());
        c[i++] = Units.format(s.median(), g.unit());
        c[i++] = Units.format(s.mad(), g.unit());
        c[i++] = Units.format(s.min(), g.unit());
        c[i] = Units.format(s.max(), g.unit());
        return c;
    }
}
