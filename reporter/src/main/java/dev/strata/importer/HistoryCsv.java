package dev.strata.importer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A plain history: CSV with the columns {@code series,commit,timestamp_iso,value,unit,range}
 * (any order, more columns allowed). {@code timestamp_iso} is taken as both the commit's time and
 * the run's. A bad row stops the import with its line number: nothing is written.
 */
public final class HistoryCsv {

    public static final List<String> COLUMNS = List.of("series", "commit", "timestamp_iso", "value", "unit", "range");

    private HistoryCsv() {
    }

    /** A spreadsheet's "CSV UTF-8" starts with a byte-order mark, which is no part of the first column's name. */
    private static Reader withoutBom(Reader in) throws IOException {
        java.io.PushbackReader r = new java.io.PushbackReader(in, 1);
        int c = r.read();
        if (c >= 0 && c != '\uFEFF') {
            r.unread(c);
        }
        return r;
    }

    public static List<ImportedPoint> parse(Reader in, String file) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get();
        List<ImportedPoint> out = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(withoutBom(in), format)) {
            Map<String, Integer> header = p.getHeaderMap();
            for (String c : COLUMNS) {
                if (c.equals("range") ? false : !header.containsKey(c)) {
                    throw new IllegalArgumentException(file + ": no column '" + c + "' (a history CSV has the columns "
                            + String.join(",", COLUMNS) + ")");
                }
            }
            for (CSVRecord r : p) {
                long line = p.getCurrentLineNumber();
                String where = file + ":" + line;
                String series = get(r, "series", where, true);
                String commit = get(r, "commit", where, true);
                Instant at = time(get(r, "timestamp_iso", where, true), where);
                double value = number(get(r, "value", where, true), where);
                String unit = get(r, "unit", where, false);
                String range = header.containsKey("range") ? get(r, "range", where, false) : null;
                out.add(new ImportedPoint("csv", file, null, series, Map.of(), commit, at, at, value,
                        unit, range, null, null, null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException(file + ": not a CSV file: " + e.getCause().getMessage(), e);
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(file + ": not a CSV file: " + e.getMessage(), e);
        }
        return out;
    }

    private static String get(CSVRecord r, String column, String where, boolean required) {
        String v = r.isMapped(column) && r.isSet(column) ? r.get(column).trim() : "";
        if (v.isEmpty()) {
            if (required) {
                throw new IllegalArgumentException(where + ": empty '" + column + "'");
            }
            return null;
        }
        return v;
    }

    static Instant time(String text, String where) {
        try {
            return text.endsWith("Z") ? Instant.parse(text) : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + ": '" + text + "' is not an ISO-8601 time"
                    + " (e.g. 2024-03-01T12:00:00Z)");
        }
    }

    static double number(String text, String where) {
        try {
            double v = Double.parseDouble(text);
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": value '" + text + "' is not a number");
        }
    }
}
