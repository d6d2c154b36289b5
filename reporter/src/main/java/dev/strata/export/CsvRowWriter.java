package dev.strata.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** RFC 4180 CSV (CRLF, quotes only where needed) through Commons CSV; cells as {@link Cells#text}. */
final class CsvRowWriter implements RowWriter {

    private final CSVPrinter printer;
    private String[] buffer;

    CsvRowWriter(Writer out) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180);
    }

    @Override
    public void header(List<String> columns) throws IOException {
        printer.printRecord(columns);
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
        printer.printRecord((Object[]) buffer);
    }

    @Override
    public void close() throws IOException {
        printer.flush();
    }
}
