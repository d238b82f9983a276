package dev.sci4j.measurement;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * {@link Instant#toString} (ISO-8601 in UTC, seconds always, fractions in groups of three digits) without
 * {@code DateTimeFormatter}, whose first use builds the JDK's standard formatters: a cost the agent's only
 * measurement write would pay at a short-lived JVM's exit. Years outside 0000–9999 are left to the JDK.
 * Thread-safe.
 */
final class InstantText {
    /** 0000-01-01T00:00:00Z and +10000-01-01T00:00:00Z, seconds since the epoch. */
    private static final long YEAR_0 = -62_167_219_200L;

    private static final long YEAR_10000 = 253_402_300_800L;

    private InstantText() {}

    static String of(Instant instant) {
        if (instant.getEpochSecond() < YEAR_0 || instant.getEpochSecond() >= YEAR_10000) {
            return instant.toString();
        }
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        StringBuilder b = new StringBuilder(30);
        digits(b, t.getYear(), 4).append('-');
        digits(b, t.getMonthValue(), 2).append('-');
        digits(b, t.getDayOfMonth(), 2).append('T');
        digits(b, t.getHour(), 2).append(':');
        digits(b, t.getMinute(), 2).append(':');
        digits(b, t.getSecond(), 2);
        int nanos = instant.getNano();
        if (nanos > 0) {
            b.append('.');
            if (nanos % 1_000_000 == 0) {
                digits(b, nanos / 1_000_000, 3);
            } else if (nanos % 1_000 == 0) {
                digits(b, nanos / 1_000, 6);
            } else {
                digits(b, nanos, 9);
            }
        }
        return b.append('Z').toString();
    }

    private static StringBuilder digits(StringBuilder b, int value, int width) {
        String s = Integer.toString(value);
        for (int i = s.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(s);
    }
}
