package dev.strata.context;

import java.util.Arrays;
import java.util.List;

/**
 * Keeps secrets out of the store: values of variables, options and keys named like tokens,
 * passwords, keys or credentials, and values shaped like them, become {@value #REDACTED} before
 * anything is written. The forms are listed once, in {@link SecretRules}; a whole record goes
 * through {@link RecordRedactor}.
 */
public final class Redactor {

    public static final String REDACTED = "***";

    private Redactor() {
    }

    /** {@code https://user:pass@host/x} becomes {@code https://***@host/x}. */
    public static String redactUrl(String s) {
        return s == null ? null : SecretRules.apply(s, false);
    }

    public static boolean isSecretName(String name) {
        return SecretNames.isSecret(name);
    }

    /** Free text (a description, a value, captured output): every form that needs no argv. */
    public static String redactValue(String value) {
        return SecretRules.apply(value, false);
    }

    /** The value of a variable: all of it when the name says secret, else only what looks like one. */
    public static String redactVariable(String name, String value) {
        return isSecretName(name) ? REDACTED : redactValue(value);
    }

    /** A command line as one string (the process tree's, a shell script). */
    public static String redactCommandLine(String line) {
        return SecretRules.apply(line, true);
    }

    /**
     * An argv with secrets hidden, the rest as given: {@code --password=x}, {@code --token x},
     * {@code aws_secret_access_key x}, {@code NAME=value}, the same inside a {@code sh -c} script,
     * and token-shaped values anywhere.
     */
    public static List<String> redactArgs(List<String> argv) {
        if (argv == null || argv.isEmpty()) {
            return argv;
        }
        // NUL cannot occur in an argument, so it marks where one ends and the rules can see "the next one"
        String joined = SecretRules.apply(String.join("\u0000", argv), true);
        return Arrays.asList(joined.split("\u0000", -1));
    }
}
