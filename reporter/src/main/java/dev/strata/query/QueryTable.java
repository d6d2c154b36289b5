package dev.strata.query;

import dev.strata.output.OutputFormat;
import dev.strata.output.TextTable;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** The terminal table of a query, with human units. */
final class QueryTable implements OutputFormat<QueryResult> {

    @Override
    public void write(QueryResult result, Writer out) throws IOException {
        List<String> header = new ArrayList<>(result.groupBy());
        header.addAll(List.of(QueryFormats.STAT_HEADER));
        List<String[]> rows = new ArrayList<>();
        rows.add(header.toArray(String[]::new));
        for (GroupStats g : result.lines()) {
            rows.add(QueryFormats.humanCells(g));
        }
        out.write(TextTable.render(rows, result.groupBy().size() + 1));
        out.flush();
    }
}
