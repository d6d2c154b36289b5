package dev.strata.suite;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A command as words. Written as a YAML list the words are taken as they are; written as one
 * string it is split the way a shell splits words (blanks, single and double quotes, backslash),
 * without a shell's other features: for pipes or variables write {@code [sh, -c, "..."]}.
 */
public record Words(List<String> words) {

    public static Words split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    cur.append(c);
                }
            } else if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                } else if (c == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                    cur.append(line.charAt(++i));
                } else {
                    cur.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                cur.append(line.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    out.add(cur.toString());
                    cur.setLength(0);
                    inWord = false;
                }
            } else {
                cur.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unclosed " + quote + " quote");
        }
        if (inWord) {
            out.add(cur.toString());
        }
        return new Words(List.copyOf(out));
    }

    /** A string (split into words) or a list of scalars; anything else is a type error at its place. */
    public static final class Deserializer extends JsonDeserializer<Words> {
        @Override
        public Words deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                try {
                    return split(p.getText());
                } catch (IllegalArgumentException e) {
                    return ctxt.reportInputMismatch(Words.class, "%s", e.getMessage());
                }
            }
            if (p.currentToken() == JsonToken.START_ARRAY) {
                List<String> words = new ArrayList<>();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    if (!t.isScalarValue() || t == JsonToken.VALUE_NULL) {
                        return ctxt.reportInputMismatch(Words.class, "expected a word (text), got %s", Types.describe(t));
                    }
                    words.add(p.getText());
                }
                return new Words(List.copyOf(words));
            }
            return ctxt.reportInputMismatch(Words.class, "expected a command: a string or a list of words, got %s",
                    Types.describe(p.currentToken()));
        }
    }
}
