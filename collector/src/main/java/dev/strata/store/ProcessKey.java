package dev.strata.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name of a process in the store: {@code [a-z0-9][a-z0-9._-]{0,63}}. It is a single path
 * segment by construction, so no name can leave the store.
 */
public final class ProcessKey {

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private ProcessKey() {
    }

    public static boolean isValid(String name) {
        return name != null && VALID.matcher(name).matches();
    }

    /** Returns {@code name} if valid, else throws with a message that says what is allowed. */
    public static String require(String name) {
        if (!isValid(name)) {
            throw new IllegalArgumentException("invalid process name '" + name + "': use 1-64 characters of"
                    + " a-z, 0-9, '.', '_' and '-', starting with a letter or digit (e.g. ingest-pbmc3k)");
        }
        return name;
    }

    /** Derives a name from a command: program name plus a short hash of the whole argv. */
    public static String derive(List<String> argv) {
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("no command given");
        }
        String program = argv.get(0);
        int slash = program.lastIndexOf('/');
        program = program.substring(slash + 1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
        program = program.replaceAll("^[^a-z0-9]+", "");
        if (program.length() > 48) {
            program = program.substring(0, 48);
        }
        if (program.isEmpty()) {
            program = "cmd";
        }
        return program + "-" + shortHash(argv);
    }

    private static String shortHash(List<String> argv) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String a : argv) {
                md.update(a.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
