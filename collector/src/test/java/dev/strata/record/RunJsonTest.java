package dev.strata.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.strata.testing.Records;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunJsonTest {

    private static final JsonSchema SCHEMA = loadSchema();

    private static JsonSchema loadSchema() {
        try (InputStream in = RunJson.class.getResourceAsStream("/strata.run-1.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Set<ValidationMessage> validate(byte[] json) throws Exception {
        JsonNode node = RunJson.mapper().readTree(json);
        return SCHEMA.validate(node);
    }

    @Test
    void fullRecordMatchesTheSchema() throws Exception {
        RunRecord r = Records.full("ingest-py", "0123456789abcdef0123456789abcdef01234567",
                Instant.parse("2026-11-27T10:15:30.123456789Z"), 12.5);
        assertThat(validate(RunJson.write(r))).isEmpty();
    }

    @Test
    void schemaRejectsWhatWritersMustNotWrite() throws Exception {
        String bad = "{\"schema\":\"strata.run/1\",\"id\":\"x\",\"process\":\"../etc\",\"command\":[],"
                + "\"startedAt\":\"yesterday\",\"status\":\"fine\"}";
        assertThat(validate(bad.getBytes(StandardCharsets.UTF_8))).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void unknownFieldsAreIgnored() {
        String json = "{\"schema\":\"strata.run/1\",\"id\":\"01J00000000000000000000000\",\"process\":\"p\","
                + "\"futureField\":{\"a\":[1,2]},\"metrics\":{\"wallSeconds\":1.5,\"gpuSeconds\":3},"
                + "\"status\":\"ok\",\"command\":[\"true\"]}";
        RunRecord r = RunJson.read(json.getBytes(StandardCharsets.UTF_8), "p/x/run.json");
        assertThat(r.metrics().wallSeconds()).isEqualTo(1.5);
        assertThat(r.status()).isEqualTo(RunStatus.OK);
    }

    @Test
    void corruptRecordNamesTheFile() {
        assertThatThrownBy(() -> RunJson.read("{\"process\": ".getBytes(StandardCharsets.UTF_8), "p/x/run.json"))
                .isInstanceOf(RecordFormatException.class).hasMessageStartingWith("p/x/run.json: ");
        assertThatThrownBy(() -> RunJson.read("{\"schema\":\"other/2\",\"process\":\"p\"}".getBytes(StandardCharsets.UTF_8), "f"))
                .hasMessageContaining("not a strata run record");
        assertThatThrownBy(() -> RunJson.read("{}".getBytes(StandardCharsets.UTF_8), "f"))
                .hasMessageContaining("no 'process'");
    }

    @Property(tries = 300)
    void roundTripIsIdentity(@ForAll("records") RunRecord r) throws Exception {
        byte[] json = RunJson.write(r);
        assertThat(RunJson.read(json, "x")).isEqualTo(r);
        assertThat(validate(json)).isEmpty();
    }

    @Provide
    Arbitrary<RunRecord> records() {
        Arbitrary<String> text = Arbitraries.strings().withCharRange(' ', '~').withChars("é漢<>&\"'\n").ofMaxLength(20);
        Arbitrary<Instant> instants = Arbitraries.longs().between(0, 4_000_000_000L)
                .flatMap(s -> Arbitraries.integers().between(0, 999_999_999).map(n -> Instant.ofEpochSecond(s, n)));
        Arbitrary<Double> nonNeg = Arbitraries.doubles().between(0, 1e6);
        Arbitrary<Long> bytes = Arbitraries.longs().between(0, Long.MAX_VALUE / 2);
        Arbitrary<Object> paramValue = Arbitraries.oneOf(Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.doubles().between(-1e9, 1e9).map(d -> (Object) d), text.map(s -> (Object) s));
        Arbitrary<Map<String, Object>> params = Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
                paramValue).ofMaxSize(3).injectNull(0.3);
        Arbitrary<Metrics> metrics = Combinators.combine(nonNeg.injectNull(0.2), nonNeg.injectNull(0.2), nonNeg,
                        bytes.injectNull(0.2), bytes.injectNull(0.5), Arbitraries.of("gnu-time", "bsd-time", "sampled"))
                .as((w, u, s, rss, tree, src) -> new Metrics(w, u, s, 50.0, rss, tree, 1L, 2L, 3L, 4L, 5L, 6L, null,
                        null, src));
        Arbitrary<Map<String, CustomMetric>> custom = Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10),
                Combinators.combine(Arbitraries.doubles().between(-1e12, 1e12), text, Arbitraries.of(Better.class))
                        .as(CustomMetric::new)).ofMaxSize(3).injectNull(0.5);
        Arbitrary<GitInfo> git = Combinators.combine(Arbitraries.strings().withChars("0123456789abcdef").ofLength(40),
                        Arbitraries.of(true, false), instants)
                .as((sha, dirty, t) -> new GitInfo(sha, sha.substring(0, 7), "main", null, dirty, t, null)).injectNull(0.3);
        Arbitrary<ObjectNode> userData = Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6), text)
                .ofMaxSize(3).map(m -> {
                    ObjectNode n = JsonNodeFactory.instance.objectNode();
                    m.forEach(n::put);
                    return n;
                }).injectNull(0.5);
        return Builders.withBuilder(RunRecord::builder)
                .use(Arbitraries.strings().withChars("0123456789ABCDEFGHJKMNPQRSTVWXYZ").ofLength(26)).in((b, v) -> { b.id = v; return b; })
                .use(Arbitraries.strings().withChars("abc019._-").ofMinLength(0).ofMaxLength(10).map(s -> "p" + s)).in((b, v) -> { b.process = v; return b; })
                .use(text.injectNull(0.5)).in((b, v) -> { b.tag = v; return b; })
                .use(params).in((b, v) -> { b.params = v; return b; })
                .use(text.list().ofMinSize(1).ofMaxSize(4)).in((b, v) -> { b.command = v; return b; })
                .use(instants).in((b, v) -> { b.startedAt = v; b.endedAt = v.plusSeconds(1); return b; })
                .use(Arbitraries.integers().between(0, 255)).in((b, v) -> { b.exitCode = v; return b; })
                .use(Arbitraries.of(RunStatus.class)).in((b, v) -> { b.status = v; return b; })
                .use(metrics).in((b, v) -> { b.metrics = v; return b; })
                .use(custom).in((b, v) -> { b.customMetrics = v; return b; })
                .use(git).in((b, v) -> { b.git = v; return b; })
                .use(userData).in((b, v) -> { b.userData = v; return b; })
                .use(text.list().ofMaxSize(2).injectNull(0.5)).in((b, v) -> { b.warnings = v; return b; })
                .build(RunRecord.Builder::build);
    }
}
