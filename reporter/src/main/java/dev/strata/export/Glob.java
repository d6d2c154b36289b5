package dev.strata.export;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** A shell-style glob over process names: {@code *}, {@code ?} and {@code [abc]}; the rest is literal. */
public record Glob(String text, Pattern pattern) {

    public static Glob of(String text) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '*' -> re.append(".*");
                case '?' -> re.append('.');
                case '[' -> {
                    int end = text.indexOf(']', i + 1);
                    if (end < 0) {
                        throw new IllegalArgumentException("--process '" + text + "': '[' without a closing ']'");
                    }
                    String set = text.substring(i + 1, end);
                    boolean negate = set.startsWith("!");
                    if (negate) {
                        set = set.substring(1);
                    }
                    re.append('[').append(negate ? "^" : "").append(set.replace("\\", "\\\\").replace("[", "\\["))
                            .append(']');
                    i = end;
                }
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        try {
            return new Glob(text, Pattern.compile(re.toString()));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("--process '" + text + "': not a glob (" + e.getDescription() + ")");
        }
    }

    public boolean matches(String name) {
        return pattern.matcher(name).matches();
    }
}
