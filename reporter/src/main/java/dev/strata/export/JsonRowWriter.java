package dev.strata.export;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.strata.record.RunJson;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;

/**
 * The same rows as the CSV, as JSON objects keyed by the CSV header: typed values, empty cells
 * left out. A JSON array with one object per line, or NDJSON (one object per line, nothing else).
 */
final class JsonRowWriter implements RowWriter {

    private final Writer out;
    private final boolean ndjson;
    private final JsonGenerator gen;
    private List<String> columns;
    private boolean first = true;

    JsonRowWriter(Writer out, boolean ndjson) throws IOException {
        this.out = out;
        this.ndjson = ndjson;
        this.gen = RunJson.mapper().getFactory().createGenerator(out);
        gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        gen.setRootValueSeparator(null);
    }

    @Override
    public void header(List<String> columns) throws IOException {
        this.columns = List.copyOf(columns);
        if (!ndjson) {
            out.write('[');
        }
    }

    @Override
    public void row(Object[] cells) throws IOException {
        if (!ndjson) {
            out.write(first ? "\n" : ",\n");
        }
        first = false;
        gen.writeStartObject();
        for (int i = 0; i < cells.length; i++) {
            Object v = cells[i];
            if (v == null) {
                continue;
            }
            gen.writeFieldName(columns.get(i));
            if (v instanceof Double || v instanceof Float) {
                gen.writeNumber(Cells.number(((Number) v).doubleValue()));
            } else if (v instanceof Number n) {
                gen.writeNumber(n.longValue());
            } else if (v instanceof Boolean b) {
                gen.writeBoolean(b);
            } else if (v instanceof Instant t) {
                gen.writeString(dev.strata.format.IsoInstants.format(t));
            } else if (v instanceof String s) {
                gen.writeString(s);
            } else {
                gen.writeRawValue(Cells.text(v));
            }
        }
        gen.writeEndObject();
        gen.flush();
        if (ndjson) {
            out.write('\n');
        }
    }

    @Override
    public void close() throws IOException {
        if (!ndjson) {
            out.write(first ? "]\n" : "\n]\n");
        }
        gen.flush();
        out.flush();
    }
}
