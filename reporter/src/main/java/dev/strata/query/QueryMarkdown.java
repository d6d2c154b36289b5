package dev.strata.query;

import dev.strata.output.OutputFormat;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** A GitHub-flavoured Markdown table with human units, for pull requests and step summaries. */
final class QueryMarkdown implements OutputFormat<QueryResult> {

    @Override
    public void write(QueryResult result, Writer out) throws IOException {
        List<String> header = new ArrayList<>(result.groupBy());
        header.addAll(List.of(QueryFormats.STAT_HEADER));
        int firstNumber = result.groupBy().size() + 1;
        out.write(row(header.toArray(String[]::new)));
        StringBuilder rule = new StringBuilder("|");
        for (int i = 0; i < header.size(); i++) {
            rule.append(i >= firstNumber ? " ---: |" : " --- |");
        }
        out.write(rule.append('\n').toString());
        for (GroupStats g : result.lines()) {
            out.write(row(QueryFormats.humanCells(g)));
        }
        out.flush();
    }

    private static String row(String[] cells) {
        StringBuilder sb = new StringBuilder("|");
        for (String c : cells) {
            sb.append(' ').append(c.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")).append(" |");
        }
        return sb.append('\n').toString();
    }
}
