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

    /** A format made whole in memory first: {@link #text} gives it, writing sends it on. */
    interface Whole<T> extends OutputFormat<T> {

        String text(T result);

        @Override
        default void write(T result, Writer out) throws IOException {
            out.write(text(result));
            out.flush();
        }

        @Override
        default String render(T result) {
            return text(result);
        }
    }
}
