package dev.strata.query;

import dev.strata.format.Units;
import dev.strata.output.Formats;
import dev.strata.output.OutputFormat;

/** The formats of {@code strata query}; each is a short class beside this one. */
public final class QueryFormats {

    public static final Formats<QueryResult> ALL = Formats.<QueryResult>of()
            .add("table", new QueryTable())
            .add("csv", new QueryCsv())
            .add("json", new QueryJson())
            .add("markdown", new QueryMarkdown(), "md");

    /** Header of the statistics columns, shared by the human formats. */
    static final String[] STAT_HEADER = {"metric", "n", "median", "MAD", "min", "max"};

    private QueryFormats() {
    }

    public static OutputFormat<QueryResult> of(String name) {
        return ALL.get(name);
    }

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
