package dev.strata.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The formats one command offers, by the name {@code --format} takes (case and spaces do not matter). */
public final class Formats<T> {

    private final Map<String, OutputFormat<T>> byName = new LinkedHashMap<>();
    private final List<String> names = new ArrayList<>();

    private Formats() {
    }

    public static <T> Formats<T> of() {
        return new Formats<>();
    }

    /** Adds a format under its name; {@code aliases} are accepted too but not offered. */
    public Formats<T> add(String name, OutputFormat<T> format, String... aliases) {
        byName.put(name, format);
        names.add(name);
        for (String a : aliases) {
            byName.put(a, format);
        }
        return this;
    }

    /** The names offered, in the order added. */
    public List<String> names() {
        return List.copyOf(names);
    }

    /** The format {@code name}; an unknown one is an error that lists the names offered. */
    public OutputFormat<T> get(String name) {
        OutputFormat<T> f = name == null ? null : byName.get(name.trim().toLowerCase(Locale.ROOT));
        if (f == null) {
            throw new IllegalArgumentException("--format '" + name + "': use " + choices());
        }
        return f;
    }

    /** "a, b or c". */
    String choices() {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
