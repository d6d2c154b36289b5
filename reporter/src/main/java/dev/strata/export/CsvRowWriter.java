package dev.strata.export;

import org.apache.commons.csv.CSVFormat;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * RFC 4180 CSV (CRLF, quotes only where needed) through Commons CSV; cells as {@link Cells#text}.
 * A cell of plain characters (digits, letters, {@code . _ : + - /}), which Commons CSV never quotes,
 * is written as it is: most cells are numbers, times and names, and a 100,000-run export then spends
 * its time on the few cells that need the library's care.
 */
final class CsvRowWriter implements RowWriter {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final Writer out;
    private String[] buffer;

    CsvRowWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void header(List<String> columns) throws IOException {
        record(columns.toArray(String[]::new));
        buffer = new String[columns.size()];
    }

    /** For rows appended under a header written earlier. */
    void columns(int n) {
        buffer = new String[n];
    }

    @Override
    public void row(Object[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            buffer[i] = Cells.text(cells[i]);
        }
        record(buffer);
    }

    private void record(String[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            String v = values[i];
            if (plain(v)) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(v);
            } else {
                FORMAT.print(v, out, i == 0);
            }
        }
        FORMAT.println(out);
    }

    /** Non-empty and only characters that never need quotes, wherever in a record the cell is. */
    static boolean plain(String v) {
        int n = v.length();
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.' || c == '_'
                    || c == ':' || c == '+' || c == '-' || c == '/')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
