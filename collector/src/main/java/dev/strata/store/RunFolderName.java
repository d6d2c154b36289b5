package dev.strata.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** {@code yyyy-MM-dd'T'HH-mm-ss.SSS'Z'-xxxx}: sorts by time, and never collides in practice. */
public final class RunFolderName {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private RunFolderName() {
    }

    public static String of(Instant startedAt, RandomGenerator random) {
        StringBuilder sb = new StringBuilder(FORMAT.format(startedAt)).append('-');
        for (int i = 0; i < 4; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    public static boolean isValid(String name) {
        return name.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}\\.\\d{3}Z-[a-z0-9]{4}");
    }
}
