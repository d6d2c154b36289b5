package dev.strata.context;

import java.util.regex.Pattern;

/** Keeps secrets out of the store: credentials in URLs, token-like values. */
public final class Redactor {

    public static final String REDACTED = "***";
    private static final Pattern URL_CREDENTIALS = Pattern.compile("(?<=://)[^/@\\s]+@");

    private Redactor() {
    }

    /** {@code https://user:pass@host/x} becomes {@code https://***@host/x}. */
    public static String redactUrl(String s) {
        return URL_CREDENTIALS.matcher(s).replaceAll(REDACTED + "@");
    }
}
