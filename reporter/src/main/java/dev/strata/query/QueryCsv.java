package dev.strata.query;

import dev.strata.export.Cells;
import dev.strata.output.OutputFormat;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** CSV with raw numbers (in the metric's unit) for spreadsheets: group columns, then the statistics. */
final class QueryCsv implements OutputFormat<QueryResult> {

    static final List<String> STAT_COLUMNS = List.of("metric", "unit", "better", "count", "median", "mad", "min", "max");

    @Override
    public void write(QueryResult result, Writer out) throws IOException {
        CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180);
        List<String> header = new ArrayList<>(result.groupBy());
        header.addAll(STAT_COLUMNS);
        p.printRecord(header);
        for (GroupStats g : result.lines()) {
            List<String> row = new ArrayList<>();
            g.group().forEach(k -> row.add(k == null ? "" : k));
            Summary s = g.summary();
            row.add(g.metric());
            row.add(g.unit() == null ? "" : g.unit());
            row.add(g.better() == null ? "" : g.better().json());
            row.add(Integer.toString(s.count()));
            row.add(Cells.number(s.median()));
            row.add(Cells.number(s.mad()));
            row.add(Cells.number(s.min()));
            row.add(Cells.number(s.max()));
            p.printRecord(row);
        }
        p.flush();
    }
}
