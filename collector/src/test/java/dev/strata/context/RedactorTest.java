package dev.strata.context;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forms of secrets, one row each: argv in, argv out. Every row also checks that the secret is
 * gone and that what surrounds it is kept (redaction must not destroy a command).
 */
class RedactorTest {

    private static final String GH = "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";
    private static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.sig_abc";

    /** argv given, argv recorded. */
    private static final List<List<List<String>>> COMMANDS = List.of(
            row(List.of("tool", "--password=hunter2", "--verbose"), List.of("tool", "--password=***", "--verbose")),
            row(List.of("tool", "--token", "abc123", "--verbose"), List.of("tool", "--token", "***", "--verbose")),
            row(List.of("tool", "--api-key=k9", "--client-secret", "s3"), List.of("tool", "--api-key=***", "--client-secret", "***")),
            row(List.of("tool", "--passphrase", "correct horse battery"), List.of("tool", "--passphrase", "***")),
            row(List.of("tool", "--passphrase=correct horse battery"), List.of("tool", "--passphrase=***")),
            row(List.of("tool", "--user", "ann", "-p", "8080"), List.of("tool", "--user", "ann", "-p", "8080")),
            row(List.of("env", "AWS_SECRET_ACCESS_KEY=wJalr", "DB_PASSWORD=x", "THREADS=4"),
                    List.of("env", "AWS_SECRET_ACCESS_KEY=***", "DB_PASSWORD=***", "THREADS=4")),
            // inside one sh -c script: only the secret goes, the rest of the script stays
            row(List.of("sh", "-c", "./load --password hunter2 --rows 10 && echo done"),
                    List.of("sh", "-c", "./load --password *** --rows 10 && echo done")),
            row(List.of("sh", "-c", "./load --password=hunter2 --rows 10; echo done"),
                    List.of("sh", "-c", "./load --password=*** --rows 10; echo done")),
            row(List.of("bash", "-c", "DB_PASSWORD='hunter 2' ./load.sh --fast"),
                    List.of("bash", "-c", "DB_PASSWORD='***' ./load.sh --fast")),
            // mysql style: the password attached to -p
            row(List.of("mysql", "-uroot", "-phunter2", "cells"), List.of("mysql", "-uroot", "-p***", "cells")),
            row(List.of("sh", "-c", "mysqldump -u root -phunter2 cells > dump.sql"),
                    List.of("sh", "-c", "mysqldump -u root -p*** cells > dump.sql")),
            row(List.of("g++", "-pthread", "-pedantic", "x.cpp"), List.of("g++", "-pthread", "-pedantic", "x.cpp")),
            // headers
            row(List.of("curl", "-H", "Authorization: Bearer abc.def.ghi", "https://api.example.org"),
                    List.of("curl", "-H", "Authorization: Bearer ***", "https://api.example.org")),
            row(List.of("curl", "-H", "X-Api-Key: k3y", "https://api.example.org"),
                    List.of("curl", "-H", "X-Api-Key: ***", "https://api.example.org")),
            row(List.of("sh", "-c", "curl -H 'Authorization: token s3cr3t' https://x.org | jq ."),
                    List.of("sh", "-c", "curl -H 'Authorization: token ***' https://x.org | jq .")),
            // a value given positionally after the word that names it
            row(List.of("aws", "configure", "set", "aws_secret_access_key", "wJalrXUtnFEMI"),
                    List.of("aws", "configure", "set", "aws_secret_access_key", "***")),
            row(List.of("sh", "-c", "aws configure set aws_secret_access_key wJalrXUtnFEMI; aws s3 ls"),
                    List.of("sh", "-c", "aws configure set aws_secret_access_key ***; aws s3 ls")),
            // shapes and URLs anywhere
            row(List.of("git", "push", "https://ann:s3cret@example.org/repo.git"),
                    List.of("git", "push", "https://***@example.org/repo.git")),
            row(List.of("tool", "--uri", "s3://AKIAIOSFODNN7EXAMPLE:abc@bucket/x"), List.of("tool", "--uri", "s3://***@bucket/x")),
            row(List.of("tool", GH), List.of("tool", "***")),
            row(List.of("tool", "--header=" + JWT), List.of("tool", "--header=***")),
            // names that are no secrets
            row(List.of("python3", "train.py", "--tokenizer", "bert", "--author", "ann", "--tokens-per-batch", "512"),
                    List.of("python3", "train.py", "--tokenizer", "bert", "--author", "ann", "--tokens-per-batch", "512")));

    private static List<List<String>> row(List<String> in, List<String> out) {
        return List.of(in, out);
    }

    @Test
    void everyFormOfTheTable() {
        for (List<List<String>> row : COMMANDS) {
            assertThat(Redactor.redactArgs(row.get(0))).as("%s", row.get(0)).isEqualTo(row.get(1));
        }
    }

    @Test
    void theProcessTreeLineIsACommandToo() {
        assertThat(Redactor.redactCommandLine("python3 sync.py aws_secret_access_key wJalr --token abc --n 3"))
                .isEqualTo("python3 sync.py aws_secret_access_key *** --token *** --n 3");
    }

    @Test
    void freeTextKeepsItsWords() {
        assertThat(Redactor.redactValue("push with " + GH)).isEqualTo("push with ***");
        assertThat(Redactor.redactValue("nightly token=" + "abcdef123456 on main")).isEqualTo("nightly token=*** on main");
        assertThat(Redactor.redactValue("fix token parsing")).isEqualTo("fix token parsing");
        assertThat(Redactor.redactValue("Authorization: Basic dXNlcjpwYXNz")).isEqualTo("Authorization: Basic ***");
        assertThat(Redactor.redactValue("{\"password\": \"hunter2\", \"rows\": 3}")).isEqualTo("{\"password\": \"***\", \"rows\": 3}");
        assertThat(Redactor.redactValue("key\n-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----\nok"))
                .isEqualTo("key\n***\nok");
    }

    @Test
    void tokenShapes() {
        for (String t : List.of(GH, "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz", "glpat-abcdefghij0123456789",
                "AKIAIOSFODNN7EXAMPLE", "xoxb-1234567890-abcdef", "sk-proj-abcdefghijklmnopqrstuvwxyz", JWT,
                "hf_abcdefghijklmnopqrstuvwxyzABCDEFGH", "sk_live_abcdefghijklmnop0123")) {
            assertThat(Redactor.redactValue("x " + t + " y")).as(t).isEqualTo("x *** y");
        }
        assertThat(Redactor.redactValue("plain-value 123")).isEqualTo("plain-value 123");
        assertThat(Redactor.redactValue("https://example.org/a@b")).as("an @ in the path is no credential")
                .isEqualTo("https://example.org/a@b");
    }

    @Test
    void secretNames() {
        for (String n : List.of("password", "DB_PASSWORD", "dbpassword", "GITHUB_TOKEN", "authToken", "x-api-key", "--key",
                "aws_secret_access_key", "MYSQL_PWD", "Authorization", "client_secret", "ssh_key")) {
            assertThat(SecretNames.isSecret(n)).as(n).isTrue();
        }
        for (String n : List.of("tokenizer", "tokens_per_second", "author", "passes", "keyboard", "key_count", "signal",
                "OMP_NUM_THREADS", "monkey", "dataset")) {
            assertThat(SecretNames.isSecret(n)).as(n).isFalse();
        }
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
