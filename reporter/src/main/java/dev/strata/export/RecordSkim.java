package dev.strata.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.strata.record.CustomMetric;
import dev.strata.record.GitInfo;
import dev.strata.record.HostInfo;
import dev.strata.record.RecordFormatException;
import dev.strata.record.RunRecord;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads only what filters and column planning need from a run.json (process, tag, host, commit,
 * start time, the names of params and custom metrics) and skips the rest unparsed: the first
 * pass of an export costs a fraction of a full read. Values of params and metrics are left null.
 */
public final class RecordSkim {

    private static final JsonFactory JSON = new JsonFactory();

    private RecordSkim() {
    }

    public static RunRecord read(byte[] json, String where) {
        RunRecord.Builder b = RunRecord.builder();
        String hostId = null;
        String hostname = null;
        String sha = null;
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new RecordFormatException(where + ": not a valid run record: not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                switch (name) {
                    case "schema" -> {
                        if (t == JsonToken.VALUE_STRING && !p.getText().startsWith("strata.run/")) {
                            throw new RecordFormatException(where + ": not a strata run record (schema "
                                    + p.getText() + ")");
                        }
                    }
                    case "process" -> b.process = t == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "tag" -> b.tag = t == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "startedAt" -> b.startedAt = t == JsonToken.VALUE_STRING ? instant(p.getText(), where) : null;
                    case "params" -> b.params = keys(p, t);
                    case "customMetrics" -> {
                        Map<String, Object> k = keys(p, t);
                        if (k != null) {
                            Map<String, CustomMetric> m = new LinkedHashMap<>();
                            k.keySet().forEach(n -> m.put(n, null));
                            b.customMetrics = m;
                        }
                    }
                    case "host", "git" -> {
                        if (t != JsonToken.START_OBJECT) {
                            p.skipChildren();
                            continue;
                        }
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String f = p.currentName();
                            JsonToken v = p.nextToken();
                            String text = v == JsonToken.VALUE_STRING ? p.getText() : null;
                            if (name.equals("host") && f.equals("id")) {
                                hostId = text;
                            } else if (name.equals("host") && f.equals("hostname")) {
                                hostname = text;
                            } else if (name.equals("git") && f.equals("sha")) {
                                sha = text;
                            }
                            p.skipChildren();
                        }
                    }
                    default -> p.skipChildren();
                }
            }
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new RecordFormatException(where + ": not a valid run record: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new RecordFormatException(where + ": not a valid run record: " + e.getMessage(), e);
        }
        if (b.process == null) {
            throw new RecordFormatException(where + ": run record has no 'process'");
        }
        if (hostId != null || hostname != null) {
            b.host = new HostInfo(hostId, hostname, null, null, null, null, null, null, null, null, null);
        }
        if (sha != null) {
            b.git = new GitInfo(sha, null, null, null, null, null, null);
        }
        return b.build();
    }

    private static Map<String, Object> keys(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            out.put(p.currentName(), null);
            p.nextToken();
            p.skipChildren();
        }
        return out;
    }

    private static Instant instant(String text, String where) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new RecordFormatException(where + ": not a valid run record: startedAt '" + text + "'");
        }
    }
}
