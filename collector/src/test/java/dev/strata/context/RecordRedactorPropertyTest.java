package dev.strata.context;

import dev.strata.record.RunJson;
import dev.strata.record.RunRecord;
import dev.strata.testing.GeneratedRecords;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The record redactor walks the record's own types; the tree-model redactor it replaced is the
 * oracle: on records of every shape with secrets of every form in every string, both store the
 * same bytes and read back alike.
 */
class RecordRedactorPropertyTest {

    @Property(tries = 300)
    void redactsExactlyAsTheTreeModelDid(@ForAll("secretive") RunRecord r) {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            RunRecord walked = RecordRedactor.redact(r);
            RunRecord tree = TreeRedactor.redact(r);
            byte[] stored = RunJson.write(walked);
            assertThat(new String(stored, StandardCharsets.UTF_8))
                    .isEqualTo(new String(RunJson.write(tree), StandardCharsets.UTF_8));
            assertThat(RunJson.read(stored, "walked")).isEqualTo(RunJson.read(RunJson.write(tree), "tree"));
            // metric names are kept as given (a name like tokens_per_second is no secret)
            RunRecord.Builder b = walked.toBuilder();
            b.customMetrics = null;
            assertThat(new String(RunJson.write(b.build()), StandardCharsets.UTF_8)).doesNotContain("Zx9");
        });
    }

    @Provide
    Arbitrary<RunRecord> secretive() {
        // every planted secret holds "Zx9": none of it may reach the store
        Arbitrary<String> secrets = Arbitraries.of("ghp_Zx9a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q", "--password=Zx9pw",
                "https://ann:Zx9url@example.org/x", "Authorization: Bearer Zx9bearer", "AWS_SECRET_ACCESS_KEY=Zx9aws",
                "password", "api_key", "token", "MY_TOKEN", "creds");
        return GeneratedRecords.records(Arbitraries.oneOf(GeneratedRecords.text(), GeneratedRecords.text(), secrets));
    }
}
