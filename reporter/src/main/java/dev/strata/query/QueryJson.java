package dev.strata.query;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.strata.export.Cells;
import dev.strata.output.OutputFormat;
import dev.strata.record.RunJson;

import java.io.IOException;
import java.io.Writer;

/** A JSON array, one object per group and metric: {@code {"group": {...}, "metric", "unit", "count", ...}}. */
final class QueryJson implements OutputFormat<QueryResult> {

    @Override
    public void write(QueryResult result, Writer out) throws IOException {
        JsonGenerator g = RunJson.mapper().getFactory().createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setRootValueSeparator(null);
        out.write('[');
        boolean first = true;
        for (GroupStats s : result.lines()) {
            out.write(first ? "\n" : ",\n");
            first = false;
            g.writeStartObject();
            g.writeObjectFieldStart("group");
            for (int i = 0; i < result.groupBy().size(); i++) {
                g.writeStringField(result.groupBy().get(i), s.group().get(i));
            }
            g.writeEndObject();
            g.writeStringField("metric", s.metric());
            if (s.unit() != null) {
                g.writeStringField("unit", s.unit());
            }
            if (s.better() != null) {
                g.writeStringField("better", s.better().json());
            }
            g.writeNumberField("count", s.summary().count());
            number(g, "median", s.summary().median());
            number(g, "mad", s.summary().mad());
            number(g, "min", s.summary().min());
            number(g, "max", s.summary().max());
            g.writeEndObject();
            g.flush();
        }
        out.write(first ? "]\n" : "\n]\n");
        out.flush();
    }

    private static void number(JsonGenerator g, String name, double v) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(Cells.number(v));
    }
}
