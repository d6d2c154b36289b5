package dev.strata.series;

import dev.strata.record.RecordFormatException;
import dev.strata.record.RunJson;
import dev.strata.testing.SampleRuns;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SummaryJsonTest {

    @Test
    void theQuickReaderSummarisesExactlyAsTheFullOne() {
        for (SampleRuns.Sample s : SampleRuns.standard()) {
            byte[] json = RunJson.write(s.record());
            assertThat(Summaries.of(SummaryJson.read(json, "x"), "f", "t"))
                    .isEqualTo(Summaries.of(RunJson.read(json, "x"), "f", "t"));
        }
    }

    @Test
    void thePublishedRangeOfAnImportedRunIsKeptAndSurvivesTheCache() throws Exception {
        var b = TestRuns.withCells(TestRuns.run("bench", 1, 1.0, 100), 5e5);
        b.userData = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        b.userData.putObject("imported").put("range", "± 16591").put("from", "gh-pages");
        b.userData.putObject("tiledb").put("reads", 3);
        byte[] json = RunJson.write(b.build());
        RunSummary quick = Summaries.of(SummaryJson.read(json, "x"), "f", "t");
        assertThat(quick).isEqualTo(Summaries.of(RunJson.read(json, "x"), "f", "t"));
        assertThat(quick.publishedRange()).isEqualTo("± 16591");

        var bytes = new java.io.ByteArrayOutputStream();
        new SummaryCodec().write(new java.io.DataOutputStream(bytes), quick);
        RunSummary back = new SummaryCodec().read(new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray())));
        assertThat(back).isEqualTo(quick);
    }

    @Test
    void itRejectsWhatTheFullReaderRejects() {
        assertThatThrownBy(() -> SummaryJson.read("{\"schema\":\"other/1\",\"process\":\"p\"}".getBytes(StandardCharsets.UTF_8), "a/b/run.json"))
                .isInstanceOf(RecordFormatException.class).hasMessage("a/b/run.json: not a strata run record (schema other/1)");
        assertThatThrownBy(() -> SummaryJson.read("{}".getBytes(StandardCharsets.UTF_8), "a/b/run.json"))
                .isInstanceOf(RecordFormatException.class).hasMessage("a/b/run.json: run record has no 'process'");
        assertThatThrownBy(() -> SummaryJson.read("{\"process\": ".getBytes(StandardCharsets.UTF_8), "a/b/run.json"))
                .isInstanceOf(RecordFormatException.class).hasMessageStartingWith("a/b/run.json: not a valid run record");
    }
}
