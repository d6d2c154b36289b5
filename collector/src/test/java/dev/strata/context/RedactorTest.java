package dev.strata.context;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RedactorTest {

    @Test
    void optionsNamedLikeSecrets() {
        assertThat(Redactor.redactArgs(List.of("tool", "--password=hunter2", "--token", "abc", "--api-key=k",
                "--user", "ann", "-p", "x", "--client-secret", "s", "--verbose")))
                .containsExactly("tool", "--password=***", "--token", "***", "--api-key=***", "--user", "ann", "-p",
                        "x", "--client-secret", "***", "--verbose");
    }

    @Test
    void assignmentsInArguments() {
        assertThat(Redactor.redactArgs(List.of("env", "AWS_SECRET_ACCESS_KEY=wJalr", "DB_PASSWORD=x", "THREADS=4")))
                .containsExactly("env", "AWS_SECRET_ACCESS_KEY=***", "DB_PASSWORD=***", "THREADS=4");
    }

    @Test
    void tokenShapedValuesAnywhere() {
        String gh = "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";
        assertThat(Redactor.redactValue("push with " + gh)).isEqualTo("push with ***");
        assertThat(Redactor.redactValue("github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz")).isEqualTo("***");
        assertThat(Redactor.redactValue("glpat-abcdefghij0123456789")).isEqualTo("***");
        assertThat(Redactor.redactValue("AKIAIOSFODNN7EXAMPLE")).isEqualTo("***");
        assertThat(Redactor.redactValue("xoxb-1234567890-abcdef")).isEqualTo("***");
        assertThat(Redactor.redactValue("sk-proj-abcdefghijklmnopqrstuvwxyz")).isEqualTo("***");
        assertThat(Redactor.redactValue("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.sig_abc")).isEqualTo("***");
        assertThat(Redactor.redactValue("plain-value 123")).isEqualTo("plain-value 123");
    }

    @Test
    void credentialsInUrls() {
        assertThat(Redactor.redactValue("https://ann:s3cret@example.org/repo.git"))
                .isEqualTo("https://***@example.org/repo.git");
        assertThat(Redactor.redactValue("https://x-access-token@github.com/o/r")).isEqualTo("https://***@github.com/o/r");
        assertThat(Redactor.redactArgs(List.of("--uri", "s3://AKIAIOSFODNN7EXAMPLE:abc@bucket/x")))
                .containsExactly("--uri", "s3://***@bucket/x");
        assertThat(Redactor.redactValue("https://example.org/a@b")).as("an @ in the path is no credential").isEqualTo("https://example.org/a@b");
    }

    @Test
    void environmentVariables() {
        Map<String, String> env = Map.of("OMP_NUM_THREADS", "4", "AWS_SECRET_ACCESS_KEY", "x", "GITHUB_TOKEN", "y",
                "TILEDB_REST_TOKEN", "t", "TILEDB_CONFIG", "a", "HOME", "/root", "MY_VAR", "ghp_abcdefghijklmnopqrstuvwxyz0123");
        Map<String, String> got = EnvironmentVariables.capture(env, List.of("MY_VAR", "GITHUB_TOKEN"));
        assertThat(got).containsExactlyInAnyOrderEntriesOf(Map.of("OMP_NUM_THREADS", "4", "TILEDB_REST_TOKEN", "***",
                "TILEDB_CONFIG", "a", "MY_VAR", "***", "GITHUB_TOKEN", "***"));
    }
}
