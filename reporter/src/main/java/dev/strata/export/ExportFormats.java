package dev.strata.export;

import dev.strata.output.Formats;
import dev.strata.output.OutputFormat;

import java.io.IOException;
import java.io.Writer;

/** The formats of {@code strata export}: each writes the planned rows through its own {@link RowWriter}. */
public final class ExportFormats {

    public static final OutputFormat<Exporter.Planned> CSV = rows(CsvRowWriter::new);
    public static final OutputFormat<Exporter.Planned> JSON = rows(out -> new JsonRowWriter(out, false));
    public static final OutputFormat<Exporter.Planned> NDJSON = rows(out -> new JsonRowWriter(out, true));

    public static final Formats<Exporter.Planned> ALL = Formats.<Exporter.Planned>of()
            .add("csv", CSV).add("json", JSON).add("ndjson", NDJSON);

    private ExportFormats() {
    }

    private interface Opener {
        RowWriter open(Writer out) throws IOException;
    }

    private static OutputFormat<Exporter.Planned> rows(Opener opener) {
        return (planned, out) -> Exporter.write(planned, opener.open(out));
    }
}
