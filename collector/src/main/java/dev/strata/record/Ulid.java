package dev.strata.record;

import java.time.Instant;
import java.util.random.RandomGenerator;

/** ULIDs: 48 bits of milliseconds and 80 random bits, Crockford base32; they sort by time. */
public final class Ulid {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private Ulid() {
    }

    public static String next(Instant at, RandomGenerator random) {
        char[] out = new char[26];
        long time = at.toEpochMilli();
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET[(int) (time & 31)];
            time >>>= 5;
        }
        long hi = random.nextLong() & ((1L << 40) - 1);
        long lo = random.nextLong() & ((1L << 40) - 1);
        for (int i = 17; i >= 10; i--) {
            out[i] = ALPHABET[(int) (hi & 31)];
            hi >>>= 5;
        }
        for (int i = 25; i >= 18; i--) {
            out[i] = ALPHABET[(int) (lo & 31)];
            lo >>>= 5;
        }
        return new String(out);
    }
}
