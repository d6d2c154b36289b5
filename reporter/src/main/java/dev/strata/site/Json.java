package dev.strata.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON inlined in a page's script as a literal (pages open from disk, so they cannot fetch it): with
 * {@code <}, {@code >}, {@code &} and the JavaScript line separators escaped, nothing in it can close the
 * script element, open a comment or end the statement, whatever the strings in it.
 */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** Plain JSON, for digests of what a page is made from. */
    static String of(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String forScript(Object value) {
        try {
            String s = MAPPER.writeValueAsString(value);
            return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                    .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
