package dev.strata.export;

import java.io.IOException;
import java.util.List;

/** Where an export's rows go, one format per implementation: a header, rows of cells in header order, then the end. */
public interface RowWriter extends AutoCloseable {

    void header(List<String> columns) throws IOException;

    void row(Object[] cells) throws IOException;

    /** Ends the output (closing brackets, flush); does not close the underlying writer. */
    @Override
    void close() throws IOException;
}
