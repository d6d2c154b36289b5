package dev.strata.format;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The fast paths give exactly the JDK's results, and the JDK's errors. */
class IsoInstantsTest {

    @Property(tries = 2000)
    void formatsAndParsesAsTheJdk(@ForAll @LongRange(min = -40_000_000_000L, max = 260_000_000_000L) long seconds,
                                  @ForAll @IntRange(min = 0, max = 999_999_999) int nanos,
                                  @ForAll @IntRange(min = 0, max = 3) int round) {
        int n = switch (round) {
            case 0 -> 0;
            case 1 -> nanos / 1_000_000 * 1_000_000;
            case 2 -> nanos / 1000 * 1000;
            default -> nanos;
        };
        Instant t = Instant.ofEpochSecond(seconds, n);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThat(IsoInstants.format(t)).isEqualTo(t.toString());
            assertThat(IsoInstants.parse(t.toString())).isEqualTo(t);
        });
    }

    @Property(tries = 2000)
    void anyTextParsesOrFailsAsTheJdk(@ForAll("nearlyInstants") String s) {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> sameAsTheJdk(s));
    }

    private static void sameAsTheJdk(String s) {
        Instant jdk;
        try {
            jdk = Instant.parse(s);
        } catch (RuntimeException e) {
            String type = e.getClass().getName();
            try {
                IsoInstants.parse(s);
            } catch (RuntimeException mine) {
                assertThat(mine.getClass().getName()).isEqualTo(type);
                return;
            }
            throw new AssertionError("parsed '" + s + "', which the JDK rejects");
        }
        assertThat(IsoInstants.parse(s)).isEqualTo(jdk);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> nearlyInstants() {
        return net.jqwik.api.Arbitraries.strings().withChars("0123456789-:.TZz+").ofMinLength(18).ofMaxLength(31)
                .injectDuplicates(0.1).edgeCases(e -> e.add("2026-02-30T00:00:00Z"))
                .map(x -> x.length() >= 20 ? "2026-01-02T03:04:05" + x.substring(19) : x)
                .injectDuplicates(0.05);
    }

    @Test
    void edgesOfTheCalendar() {
        for (String s : new String[]{"2024-02-29T23:59:59.999999999Z", "2023-02-29T00:00:00Z", "2026-12-31T24:00:00Z",
                "2026-06-30T23:59:60Z", "0999-01-01T00:00:00Z", "2026-01-01T00:00:00.Z", "2026-01-01T00:00:00.1234567890Z"}) {
            Instant jdk = null;
            try {
                jdk = Instant.parse(s);
            } catch (RuntimeException e) {
                // compared below
            }
            if (jdk == null) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> IsoInstants.parse(s)).as(s)
                        .isInstanceOf(RuntimeException.class);
            } else {
                assertThat(IsoInstants.parse(s)).as(s).isEqualTo(jdk);
            }
        }
    }
}
