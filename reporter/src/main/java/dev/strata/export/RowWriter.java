package dev.strata.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/** One export format: a header, rows of cells in header order, then the end. */
public interface RowWriter extends AutoCloseable {

    void header(List<String> columns) throws IOException;

    void row(Object[] cells) throws IOException;

    /** Ends the output (closing brackets, flush); does not close the underlying writer. */
    @Override
    void close() throws IOException;

    enum Format {
        CSV, JSON, NDJSON;

        public static Format parse(String s) {
            try {
                return valueOf(s.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--format '" + s + "': use csv, json or ndjson");
            }
        }
    }

    static RowWriter of(Format f, Writer out) throws IOException {
        return switch (f) {
            case CSV -> new CsvRowWriter(out);
            case JSON -> new JsonRowWriter(out, false);
            case NDJSON -> new JsonRowWriter(out, true);
        };
    }
}
