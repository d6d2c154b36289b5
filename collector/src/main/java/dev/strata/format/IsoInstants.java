package dev.strata.format;

import java.time.Instant;
import java.time.LocalDate;

/**
 * {@link Instant#parse} and {@link Instant#toString} for the one shape records hold
 * ({@code 2026-01-02T03:04:05.678Z}, four-digit years, 0-9 fraction digits), several times faster:
 * reading 100,000 records parses 300,000 of them. Anything else goes to the JDK, so results are
 * always exactly the JDK's.
 */
public final class IsoInstants {

    private IsoInstants() {
    }

    /** As {@link Instant#parse}. */
    public static Instant parse(CharSequence s) {
        int n = s.length();
        if (n < 20 || n > 30 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':' || s.charAt(n - 1) != 'Z') {
            return Instant.parse(s);
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        int nano = 0;
        if (n > 20) {
            if (s.charAt(19) != '.' || n == 21) {
                return Instant.parse(s);
            }
            int f = digits(s, 20, n - 21);
            if (f < 0) {
                return Instant.parse(s);
            }
            nano = f;
            for (int i = n - 21; i < 9; i++) {
                nano *= 10;
            }
        } else if (s.charAt(19) != 'Z') {
            return Instant.parse(s);
        }
        if (year < 1000 || month < 1 || month > 12 || day < 1 || day > 28 && day > LocalDate.of(year, month, 1).lengthOfMonth()
                || hour > 23 || minute > 59 || second > 59 || hour < 0 || minute < 0 || second < 0) {
            return Instant.parse(s);
        }
        long days = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(days * 86_400 + hour * 3600L + minute * 60L + second, nano);
    }

    /** As {@link Instant#toString}. */
    public static String format(Instant t) {
        long seconds = t.getEpochSecond();
        long days = Math.floorDiv(seconds, 86_400);
        int secs = (int) Math.floorMod(seconds, 86_400);
        LocalDate date = days >= -354_000 && days < 2_900_000 ? LocalDate.ofEpochDay(days) : null;
        if (date == null || date.getYear() < 1000 || date.getYear() > 9999) {
            return t.toString();
        }
        StringBuilder b = new StringBuilder(30);
        b.append(date.getYear()).append('-');
        two(b, date.getMonthValue()).append('-');
        two(b, date.getDayOfMonth()).append('T');
        two(b, secs / 3600).append(':');
        two(b, secs / 60 % 60).append(':');
        two(b, secs % 60);
        int nano = t.getNano();
        if (nano > 0) {
            b.append('.');
            if (nano % 1_000_000 == 0) {
                pad(b, nano / 1_000_000, 3);
            } else if (nano % 1000 == 0) {
                pad(b, nano / 1000, 6);
            } else {
                pad(b, nano, 9);
            }
        }
        return b.append('Z').toString();
    }

    private static StringBuilder two(StringBuilder b, int v) {
        return b.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }

    private static void pad(StringBuilder b, int v, int width) {
        String s = Integer.toString(v);
        for (int i = s.length(); i < width; i++) {
            b.append('0');
        }
        b.append(s);
    }

    /** The number in {@code s[from, from+len)}, or -1 when a character is not a digit. */
    private static int digits(CharSequence s, int from, int len) {
        int v = 0;
        for (int i = from; i < from + len; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
