package dev.strata.context;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** One {@code --libs LANGUAGE:NAME,NAME} request. */
public record LibrarySpec(Language language, List<String> names) {

    public enum Language { PYTHON, R, JAVA, NATIVE }

    public static LibrarySpec parse(String spec) {
        int colon = spec.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("--libs '" + spec + "': expected LANGUAGE:NAME[,NAME...], "
                    + "e.g. python:tiledbsoma,anndata");
        }
        String lang = spec.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        Language l = switch (lang) {
            case "python", "py" -> Language.PYTHON;
            case "r" -> Language.R;
            case "java" -> Language.JAVA;
            case "native", "c", "cpp", "c++" -> Language.NATIVE;
            default -> throw new IllegalArgumentException("--libs '" + spec + "': unknown language '" + lang
                    + "' (use python, r, java or native)");
        };
        List<String> names = Arrays.stream(spec.substring(colon + 1).split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
        for (String n : names) {
            if (!n.matches("[A-Za-z0-9._+:/-]+")) {
                throw new IllegalArgumentException("--libs '" + spec + "': invalid library name '" + n + "'");
            }
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("--libs '" + spec + "': no library named");
        }
        return new LibrarySpec(l, names);
    }
}
