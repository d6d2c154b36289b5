package dev.strata.export;

import dev.strata.record.RecordFormatException;
import dev.strata.record.RunJson;
import dev.strata.record.RunRecord;
import dev.strata.testing.Records;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The first pass of an export reads a record partly; what it reads must equal the full read. */
class RecordSkimTest {

    @Test
    void agreesWithTheFullReadOnWhatFiltersAndColumnsUse() {
        List<RunRecord> records = new ArrayList<>();
        Fixtures.runs().forEach(r -> records.add(r.record()));
        records.add(Records.full("ingest", "0123456789abcdef0123456789abcdef01234567",
                Instant.parse("2026-01-02T03:04:05.678Z"), 12.5));
        records.add(Records.minimal("tiny", Instant.parse("2026-01-02T03:04:05Z"), 0.1, 1 << 20));
        for (RunRecord full : records) {
            RunRecord skim = RecordSkim.read(RunJson.write(full), "x/run.json");
            assertThat(skim.process()).isEqualTo(full.process());
            assertThat(skim.tag()).isEqualTo(full.tag());
            assertThat(skim.startedAt()).isEqualTo(full.startedAt());
            assertThat(skim.host() == null ? null : skim.host().id()).isEqualTo(full.host() == null ? null : full.host().id());
            assertThat(skim.host() == null ? null : skim.host().hostname())
                    .isEqualTo(full.host() == null ? null : full.host().hostname());
            assertThat(skim.git() == null ? null : skim.git().sha()).isEqualTo(full.git() == null ? null : full.git().sha());
            assertThat(skim.params() == null ? null : skim.params().keySet())
                    .isEqualTo(full.params() == null ? null : full.params().keySet());
            assertThat(skim.customMetrics() == null ? null : skim.customMetrics().keySet())
                    .isEqualTo(full.customMetrics() == null ? null : full.customMetrics().keySet());
            for (RunFilter f : List.of(RunFilter.ALL, new RunFilter(List.of(Glob.of("ing*")), List.of("v1.15.0", "v1.14"),
                    List.of(), List.of(), Instant.parse("2026-01-01T00:00:00Z"), null))) {
                assertThat(f.accepts(skim)).isEqualTo(f.accepts(full));
            }
        }
    }

    @Property(tries = 500)
    void randomBytesAreRejectedCleanly(@ForAll byte[] bytes) {
        try {
            RecordSkim.read(bytes, "r/run.json");
        } catch (RecordFormatException expected) {
            assertThat(expected.getMessage()).startsWith("r/run.json: ");
        }
    }
}
