package dev.strata.importer;

import dev.strata.context.Redactor;
import dev.strata.store.ProcessKey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Process names for imported series. A series name becomes {@code [a-z0-9][a-z0-9._-]{0,63}}:
 * lower case, other characters as '-'. A name that is too long keeps its start (people read and sort
 * names from the start; the full name stays in the runs' description) and its last words (the specific
 * part), cut at separators, with a short hash of the whole in between; names that two different series would share get the hash too, so two series are
 * never merged. The same input always gives the same names.
 */
public final class ProcessNames {

    private static final int MAX = 64;

    private ProcessNames() {
    }

    /** The full name of a series with its parameters, as shown to people. */
    public static String label(String series, Map<String, String> params) {
        // the label names a folder of the store and shows on every page: no secret may reach it
        if (params.isEmpty()) {
            return Redactor.redactValue(series);
        }
        return Redactor.redactValue(series + "(" + String.join(", ", params.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList()) + ")");
    }

    /** Process name per label, for all labels of one import. */
    public static Map<String, String> assign(List<String> labels) {
        Map<String, Set<String>> bySanitised = new HashMap<>();
        Set<String> distinct = new HashSet<>(labels);
        for (String l : distinct) {
            bySanitised.computeIfAbsent(sanitise(l), k -> new HashSet<>()).add(l);
        }
        Map<String, String> out = new HashMap<>();
        for (String l : distinct) {
            String s = sanitise(l);
            out.put(l, bySanitised.get(s).size() > 1 ? withHash(s, l) : s);
        }
        return out;
    }

    static String sanitise(String label) {
        String s = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
        s = s.replaceAll("^[^a-z0-9]+", "").replaceAll("-+$", "");
        if (s.isEmpty()) {
            return "series-" + hash(label);
        }
        return s.length() <= MAX ? s : withHash(s, label);
    }

    /** The end kept of a long name: its last words up to this length (the specific part: a benchmark's own name). */
    private static final int TAIL = 24;

    /** {@code start-hash-end}: the start and the end cut at separators, the middle replaced by a hash of the whole. */
    private static String withHash(String sanitised, String label) {
        String h = hash(label);
        if (sanitised.length() + 1 + h.length() <= MAX) {
            return ProcessKey.require(sanitised + "-" + h);
        }
        int room = MAX - 2 - h.length();
        String tail = "";
        for (int i = sanitised.length() - 1; i > sanitised.length() / 2; i--) {
            if (isSeparator(sanitised.charAt(i)) && sanitised.length() - i - 1 <= TAIL) {
                tail = sanitised.substring(i + 1);
            }
        }
        String head = sanitised.substring(0, room - tail.length());
        int cut = lastSeparator(head);
        if (cut > head.length() / 2) {
            head = head.substring(0, cut);
        }
        head = head.replaceAll("[._-]+$", "");
        return ProcessKey.require(head + "-" + h + (tail.isEmpty() ? "" : "-" + tail));
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '_' || c == '.';
    }

    private static int lastSeparator(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (isSeparator(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String hash(String label) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(label.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
