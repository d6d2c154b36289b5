package dev.strata.cli;

import dev.strata.context.Redactor;
import dev.strata.record.RunRecord;
import dev.strata.store.ProcessKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each way a user can hand {@code strata run} a secret, through the real run, the real store,
 * the site, the public site and every export: the secret is in none of them.
 */
class SecretsEndToEndTest {

    @TempDir
    Path tmp;

    private final List<String> secrets = new ArrayList<>();

    private String secret(String label) {
        String s = "Qz7" + label + "x9Kp";
        secrets.add(s);
        return s;
    }

    private void run(Path store, String... args) {
        List<String> all = new ArrayList<>(List.of("run", "--store", store.toString(), "--sample-interval", "10ms"));
        all.addAll(List.of(args));
        Strata.Result r = Strata.run(all.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @Test
    void noFormReachesStoreSiteOrExports() throws Exception {
        Path store = tmp.resolve("results");
        String gh = "ghp_" + "Qz7a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6";
        secrets.add(gh);
        run(store, "--name", "script", "--", "sh", "-c", "true --password " + secret("shpw") + " --rows 3; true --password="
                + secret("sheq") + " --rows 4; sleep 0.05");
        Path meta = Files.writeString(tmp.resolve("meta.json"), "{\"db\": {\"password\": \"" + secret("nested")
                + "\"}, \"public\": {\"dataset\": \"pbmc3k\", \"api_key\": \"" + secret("public") + "\"}}");
        run(store, "--name", "meta", "--meta-file", meta.toString(), "--", "true");
        run(store, "--name", "mysql", "--", "sh", "-c", "mysql -uroot -p" + secret("mysql") + " cells 2>/dev/null || true");
        run(store, "--name", "header", "--", "true", "-H", "Authorization: Bearer " + secret("bearer"));
        run(store, "--name", "positional", "--", "true", "aws_secret_access_key", secret("aws"));
        run(store, "--name", "described", "--description", "nightly " + gh, "--param", "token=" + secret("param"),
                "--meta", "public.note=token=" + secret("meta"), "--", "true");
        run(store, "--name", "printed", "--capture-output", "--", "sh", "-c",
                "echo token=" + secret("stdout") + "; echo " + gh + " >&2");
        String hunter = secret("named");
        run(store, "--", "python3", "-c", "pass", "--password", hunter);

        List<RunRecord> runs = Strata.runs(store);
        assertThat(runs).hasSize(8);
        RunRecord unnamed = runs.stream().filter(r -> r.process().startsWith("python3-")).findFirst().orElseThrow();
        assertThat(unnamed.process()).as("the name's hash is of the redacted command")
                .isEqualTo(ProcessKey.derive(Redactor.redactArgs(List.of("python3", "-c", "pass", "--password", "anything"))))
                .isNotEqualTo(ProcessKey.derive(List.of("python3", "-c", "pass", "--password", hunter)));
        RunRecord script = runs.stream().filter(r -> r.process().equals("script")).findFirst().orElseThrow();
        assertThat(script.command().get(2)).as("the script is kept whole")
                .isEqualTo("true --password *** --rows 3; true --password=*** --rows 4; sleep 0.05");

        Path site = tmp.resolve("site");
        Path pub = tmp.resolve("public");
        assertThat(Strata.run("report", "--store", store.toString(), "--out", site.toString()).exitCode()).isZero();
        assertThat(Strata.run("report", "--store", store.toString(), "--out", pub.toString(), "--public").exitCode()).isZero();
        Path exports = Files.createDirectories(tmp.resolve("exports"));
        for (String format : List.of("csv", "json", "ndjson")) {
            Strata.Result e = Strata.run("export", "--store", store.toString(), "--format", format, "-o",
                    exports.resolve("all." + format).toString());
            assertThat(e.exitCode()).as(e.err()).isZero();
        }
        StringBuilder shown = new StringBuilder();
        for (RunRecord r : runs) {
            shown.append(Strata.run("show", "--store", store.toString(), r.id()).out());
        }
        Files.writeString(exports.resolve("show.txt"), shown);
        assertThat(shown).contains("--password ***");
        Files.writeString(exports.resolve("query.txt"), Strata.run("query", "--store", store.toString()).out());

        assertThat(Leaks.inStore(store, secrets)).isEmpty();
        assertThat(Leaks.inFiles(site, secrets)).isEmpty();
        assertThat(Leaks.inFiles(pub, secrets)).isEmpty();
        assertThat(Leaks.inFiles(exports, secrets)).isEmpty();
        assertThat(Files.readString(exports.resolve("all.json"))).contains("script", "meta", "printed");
    }
}
