package dev.strata.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keeps secrets out of the store: values of variables and arguments that look like tokens,
 * passwords, keys or credentials become {@value #REDACTED} before anything is written.
 */
public final class Redactor {

    public static final String REDACTED = "***";

    private static final Pattern URL_CREDENTIALS = Pattern.compile("(?<=://)[^/@\\s:]*(:[^/@\\s]*)?@");
    /** Names of variables and options whose values are secrets. */
    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(pass(word|wd|phrase)?|secret|token|api[-_]?key|access[-_]?key|private[-_]?key|credential|"
                    + "auth|session[-_]?key|signature|client[-_]?secret|\\bpwd\\b|^key$|[-_]key$).*");
    /** Values that are secrets whatever they are called. */
    private static final Pattern SECRET_VALUE = Pattern.compile(
            "(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|glpat-[A-Za-z0-9_-]{20,}"
                    + "|xox[abposr]-[A-Za-z0-9-]{10,}|(AKIA|ASIA)[0-9A-Z]{16}|sk-[A-Za-z0-9_-]{20,}"
                    + "|AIza[0-9A-Za-z_-]{35}|eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]+"
                    + "|-----BEGIN [A-Z ]*PRIVATE KEY-----)");

    private Redactor() {
    }

    /** {@code https://user:pass@host/x} becomes {@code https://***@host/x}. */
    public static String redactUrl(String s) {
        return URL_CREDENTIALS.matcher(s).replaceAll(REDACTED + "@");
    }

    public static boolean isSecretName(String name) {
        return SECRET_NAME.matcher(name.toLowerCase(Locale.ROOT)).matches();
    }

    /** A value redacted on its own merits: token shapes, credentials in URLs. */
    public static String redactValue(String value) {
        if (value == null) {
            return null;
        }
        String v = redactUrl(value);
        return SECRET_VALUE.matcher(v).replaceAll(REDACTED);
    }

    /** The value of a variable: all of it when the name says secret, else only what looks like one. */
    public static String redactVariable(String name, String value) {
        return isSecretName(name) ? REDACTED : redactValue(value);
    }

    /**
     * An argv with secrets hidden: {@code --password=x}, {@code --token x}, {@code -p x} after a
     * secret-named option, {@code NAME=value} assignments, and token-shaped values anywhere.
     */
    public static List<String> redactArgs(List<String> argv) {
        List<String> out = new ArrayList<>(argv.size());
        boolean nextIsSecret = false;
        for (String a : argv) {
            if (nextIsSecret) {
                out.add(REDACTED);
                nextIsSecret = false;
                continue;
            }
            int eq = a.indexOf('=');
            if (eq > 0 && isSecretName(a.substring(0, eq).replaceFirst("^-+", ""))) {
                out.add(a.substring(0, eq + 1) + REDACTED);
            } else if (a.startsWith("-") && eq < 0 && a.length() > 1 && isSecretName(a.replaceFirst("^-+", ""))) {
                out.add(a);
                nextIsSecret = true;
            } else {
                out.add(redactValue(a));
            }
        }
        return out;
    }
}
