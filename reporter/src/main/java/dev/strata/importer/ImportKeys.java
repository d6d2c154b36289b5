package dev.strata.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;

/**
 * Finds {@code userData.imported.key} in a run.json without reading the rest: checking a store
 * of 50,000 imported runs for what is already there stays quick.
 */
final class ImportKeys {

    private static final JsonFactory JSON = new JsonFactory();

    private ImportKeys() {
    }

    /** The import key of a record, or null (not imported, or not readable: such runs are no one's duplicate). */
    static String read(byte[] json) {
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            return find(p, new String[]{"userData", "imported", "key"}, 0);
        } catch (IOException e) {
            return null;
        }
    }

    /* The parser is on START_OBJECT; looks for path[depth] among its fields. */
    private static String find(JsonParser p, String[] path, int depth) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            if (name.equals(path[depth])) {
                if (depth == path.length - 1) {
                    return t == JsonToken.VALUE_STRING ? p.getText() : null;
                }
                return t == JsonToken.START_OBJECT ? find(p, path, depth + 1) : null;
            }
            p.skipChildren();
        }
        return null;
    }
}
