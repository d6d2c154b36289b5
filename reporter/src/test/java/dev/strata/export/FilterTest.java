package dev.strata.export;

import dev.strata.series.RunSummary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FilterTest {

    @Test
    void globs() {
        assertThat(Glob.of("ingest-*").matches("ingest-pbmc3k")).isTrue();
        assertThat(Glob.of("ingest-*").matches("query-ingest-x")).isFalse();
        assertThat(Glob.of("q?ery.[a-c]*").matches("query.b1")).isTrue();
        assertThat(Glob.of("q?ery.[!a-c]*").matches("query.b1")).isFalse();
        assertThat(Glob.of("a.b").matches("aXb")).as("dots are literal").isFalse();
        assertThatThrownBy(() -> Glob.of("ingest-[")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--process 'ingest-[': '[' without a closing ']'");
    }

    @Property(tries = 500)
    void anyGlobCompilesOrIsRejectedCleanly(@ForAll String text) {
        try {
            Glob.of(text).matches("ingest-pbmc3k");
        } catch (IllegalArgumentException expected) {
            assertThat(expected.getMessage()).startsWith("--process '");
        }
    }

    @Test
    void dates() {
        assertThat(Dates.since("2026-03-01", "--since")).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(Dates.until("2026-03-01", "--until")).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
        assertThat(Dates.since("2026-03-01T12:30:00Z", "--since")).isEqualTo(Instant.parse("2026-03-01T12:30:00Z"));
        assertThat(Dates.since("2026-03-01T12:30:00+02:00", "--since")).isEqualTo(Instant.parse("2026-03-01T10:30:00Z"));
        assertThat(Dates.since("2026-03-01T12:30", "--since")).isEqualTo(Instant.parse("2026-03-01T12:30:00Z"));
        assertThatThrownBy(() -> Dates.since("01/03/2026", "--since")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--since '01/03/2026' is not a date: use 2026-03-01 or 2026-03-01T12:00:00Z (UTC)");
        assertThatThrownBy(() -> new RunFilter(List.of(), List.of(), List.of(), List.of(),
                Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-01T00:00:00Z")))
                .hasMessageStartingWith("--since 2026-03-02T00:00:00Z is not before --until");
    }

    @Test
    void filtersOnTheFixtures() {
        List<RunSummary> runs = Fixtures.runs();
        RunFilter v115OnLinux = new RunFilter(List.of(), List.of("v1.15"), List.of("ci-linux-x64"), List.of(), null, null);
        assertThat(runs.stream().filter(r -> v115OnLinux.accepts(r)).map(r -> r.id()))
                .containsExactly("01JB0000000000000000000002");
        RunFilter bySha = new RunFilter(List.of(), List.of(), List.of(), List.of("9E8D7C"), null, null);
        assertThat(runs.stream().filter(r -> bySha.accepts(r))).hasSize(2);
        RunFilter byHostname = new RunFilter(List.of(), List.of(), List.of("mbp"), List.of(), null, null);
        assertThat(runs.stream().filter(r -> byHostname.accepts(r))).hasSize(1);
        RunFilter november = new RunFilter(List.of(Glob.of("*")), List.of(), List.of(), List.of(),
                Dates.since("2026-11-01", "--since"), Dates.until("2026-11-21", "--until"));
        assertThat(runs.stream().filter(r -> november.accepts(r))).hasSize(2);
        assertThatThrownBy(() -> new RunFilter(List.of(Glob.of("nope*")), List.of(), List.of(), List.of(), null, null)
                .requireProcessesExist(List.of("ingest-pbmc3k", "query-obs")))
                .hasMessage("--process 'nope*' matches no process (the store has 2 processes: ingest-pbmc3k, query-obs)");
    }
}
