package dev.strata.output;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * One way to write a command's result for its reader: a terminal table, CSV, JSON, Markdown, JUnit
 * XML. Every format of check, detect, export and query implements it, one short class per format;
 * a command lists its formats once in {@link Formats}. Numbers are written in Locale.ROOT.
 */
public interface OutputFormat<T> {

    void write(T result, Writer out) throws IOException;

    /** The whole output as a string. */
    default String render(T result) {
        StringWriter out = new StringWriter();
        try {
            write(result, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
