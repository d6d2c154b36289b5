package dev.strata.suite;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code {name}} in a suite's strings, replaced by a parameter's value; {@code {{} and {@code }}} are literal braces. */
public final class Placeholders {

    private static final Pattern TOKEN = Pattern.compile("\\{\\{|}}|\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private Placeholders() {
    }

    /** The parameter names a string uses, in order of first use. */
    public static Set<String> names(String s) {
        Set<String> out = new LinkedHashSet<>();
        if (s != null) {
            Matcher m = TOKEN.matcher(s);
            while (m.find()) {
                if (m.group(1) != null) {
                    out.add(m.group(1));
                }
            }
        }
        return out;
    }

    /** Replaces every placeholder; a name not in {@code values} is an error the validator already reported. */
    public static String substitute(String s, Map<String, Object> values) {
        if (s == null) {
            return null;
        }
        Matcher m = TOKEN.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group(1) == null) {
                replacement = m.group().substring(0, 1);
            } else if (values.containsKey(m.group(1))) {
                replacement = text(values.get(m.group(1)));
            } else {
                throw new IllegalArgumentException("{" + m.group(1) + "} is not a parameter");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A parameter value as it appears in a command: integers without a decimal point, no exponent. */
    public static String text(Object v) {
        if (v instanceof Double || v instanceof Float) {
            return BigDecimal.valueOf(((Number) v).doubleValue()).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(v);
    }
}
