package dev.strata.site;

import java.util.ArrayList;
import java.util.List;

/**
 * How a page names a process: by its original name when it has one (the run's description, e.g. an
 * imported series' {@code end_to_end/http1_get}), with its key in small type below; otherwise by its
 * key alone. Both come in parts that end at a separator, so a long name wraps there and nowhere else.
 */
public record Label(List<String> title, List<String> key) {

    /** A description longer than this is a sentence, not a name: the key stays the title. */
    static final int MAX_TITLE = 120;

    static Label of(String key, String description) {
        String d = description == null ? "" : description.strip();
        if (d.isEmpty() || d.equals(key) || d.length() > MAX_TITLE || d.contains("\n")) {
            return new Label(parts(key), List.of());
        }
        return new Label(parts(d), parts(key));
    }

    public String text() {
        return String.join("", title);
    }

    /** {@code s} cut after each separator ({@code - _ / . : ,} and spaces); joined, the parts are {@code s}. */
    static List<String> parts(String s) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            if ("-_/.:, ".indexOf(s.charAt(i)) >= 0 && i + 1 < s.length()) {
                out.add(s.substring(from, i + 1));
                from = i + 1;
            }
        }
        if (from < s.length() || out.isEmpty()) {
            out.add(s.substring(from));
        }
        return out;
    }
}
