package dev.strata.query;

import dev.strata.testing.Golden;
import dev.strata.export.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RunTextTest {

    private static final Golden GOLDEN = Golden.in("reporter", "src/test/resources/golden");

    @Test
    void wholeRecordReadable() {
        GOLDEN.check("show/ingest.txt", () -> RunText.render(Fixtures.records().get(0).path(), Fixtures.records().get(0).record()));
    }

    @Test
    void failedRunWithCommand() {
        GOLDEN.check("show/query-failed.txt", () -> RunText.render(Fixtures.records().get(2).path(), Fixtures.records().get(2).record()));
    }

    @Test
    void ulidTimeIsTheRunFolderTime() {
        assertThat(RunLookup.ulidTime("01JDX3K4Z8N2W6Q0R5T7V9B1C3")).isNotNull();
        assertThat(RunLookup.ulidTime("not-a-ulid")).isNull();
        assertThat(RunLookup.ulidTime("01JDX3K4Z8N2W6Q0R5T7V9B1CU")).isNull();
        String id = dev.strata.record.Ulid.next(Instant.parse("2026-11-27T16:43:55.594Z"), new java.util.Random(1));
        assertThat(RunLookup.ulidTime(id)).isEqualTo(Instant.parse("2026-11-27T16:43:55.594Z"));
    }
}
