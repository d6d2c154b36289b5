package dev.strata.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.context.RecordRedactor;
import dev.strata.record.RunJson;
import dev.strata.record.RunRecord;
import dev.strata.store.GitStore;
import dev.strata.store.RunFiles;
import dev.strata.testing.Records;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Generated secrets, planted in random forms in random fields (at any depth) of random records,
 * are in none of: the store's objects, the site, the public site, the CSV and JSON exports.
 */
class PlantedSecretsPropertyTest {

    /** Fields whose values are no free text: identity, times, enums, attachment paths. */
    private static final Set<String> NOT_TEXT = Set.of("schema", "id", "process", "startedAt", "endedAt", "status", "sha",
            "shortSha", "commitTime", "file", "flamegraph", "kind", "format", "source", "better", "profiler");
    private static final List<String> SECRET_KEYS = List.of("password", "api_key", "db_password", "token",
            "client_secret", "AWS_SECRET_ACCESS_KEY", "authToken", "x-api-key", "passphrase", "private_key");
    private static final List<UnaryOperator<String>> TEXT_FORMS = List.of(
            s -> "token=" + s, s -> "--password " + s, s -> "Authorization: Bearer " + s,
            s -> "https://ann:" + s + "@example.org/x", s -> "ghp_" + s, s -> "{\"password\": \"" + s + "\"}",
            s -> "api_key: " + s, s -> "--client-secret=" + s, s -> "export DB_PASSWORD='" + s + "'");

    @Property(tries = 12, shrinking = ShrinkingMode.OFF)
    void plantedSecretsAreFoundNowhere(@ForAll @IntRange(min = 3, max = 25) int runs, @ForAll("seeds") long seed) {
        // a hang fails the try instead of stalling the build
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> plantAndSearch(runs, seed));
    }

    private void plantAndSearch(int runs, long seed) throws IOException {
        Random rnd = new Random(seed);
        Path tmp = Files.createTempDirectory("strata-planted-");
        try {
            List<String> secrets = new ArrayList<>();
            java.util.Map<String, String> planted = new java.util.HashMap<>();
            List<RunFiles> files = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                String sha = String.format("%040x", rnd.nextLong() & Long.MAX_VALUE);
                RunRecord base = Records.full("proc-" + rnd.nextInt(4), sha,
                        Instant.parse("2026-03-01T00:00:00Z").plusSeconds(3600L * i), 1 + rnd.nextDouble());
                ObjectNode tree = RunJson.mapper().valueToTree(base);
                for (int k = 1 + rnd.nextInt(3); k > 0; k--) {
                    String secret = secret(rnd);
                    secrets.add(secret);
                    planted.put(secret, plant(tree, secret, rnd));
                }
                RunRecord stored = RecordRedactor.redact(RunJson.mapper().treeToValue(tree, RunRecord.class));
                files.add(RunFiles.of(stored.process(), stored.startedAt(), RunJson.write(stored)));
            }
            Path store = tmp.resolve("results");
            try (GitStore s = GitStore.openOrCreate(store)) {
                s.writeAll(files, "runs");
            }
            Path site = tmp.resolve("site");
            Path pub = tmp.resolve("public");
            Path exports = Files.createDirectories(tmp.resolve("exports"));
            assertThat(Strata.run("report", "--store", store.toString(), "--out", site.toString()).exitCode()).isZero();
            assertThat(Strata.run("report", "--store", store.toString(), "--out", pub.toString(), "--public").exitCode())
                    .isZero();
            for (String format : List.of("csv", "json")) {
                assertThat(Strata.run("export", "--store", store.toString(), "--format", format, "-o",
                        exports.resolve("all." + format).toString()).exitCode()).isZero();
            }
            assertThat(Files.readString(exports.resolve("all.json"))).contains("proc-");
            List<String> found = new ArrayList<>(Leaks.inStore(store, secrets));
            found.addAll(Leaks.inFiles(site, secrets));
            found.addAll(Leaks.inFiles(pub, secrets));
            found.addAll(Leaks.inFiles(exports, secrets));
            assertThat(found).as("planted as %s", planted).isEmpty();
        } finally {
            try (Stream<Path> all = Files.walk(tmp)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    private static String secret(Random rnd) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder b = new StringBuilder();
        for (int i = 20 + rnd.nextInt(17); i > 0; i--) {
            b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    /** One secret in one of the ways it reaches a record: in free text, under a secret-named key, in argv. */
    private static String plant(ObjectNode record, String secret, Random rnd) {
        switch (rnd.nextInt(4)) {
            case 0 -> {
                List<ObjectNode> holders = new ArrayList<>();
                List<String> names = new ArrayList<>();
                textFields(record, holders, names);
                int i = rnd.nextInt(holders.size());
                String form = TEXT_FORMS.get(rnd.nextInt(TEXT_FORMS.size())).apply(secret);
                holders.get(i).put(names.get(i), holders.get(i).get(names.get(i)).asText() + " " + form);
                return names.get(i) + ": " + form;
            }
            case 1 -> {
                ObjectNode at = switch (rnd.nextInt(4)) {
                    case 0 -> record.withObject("/params");
                    case 1 -> record.withObject("/environment/variables");
                    case 2 -> record.withObject("/userData/public");
                    default -> record.withObject("/userData/level" + rnd.nextInt(3) + "/deeper");
                };
                String key = SECRET_KEYS.get(rnd.nextInt(SECRET_KEYS.size()));
                at.put(key, secret);
                return key + " in an object";
            }
            case 2 -> {
                ArrayNode argv = (ArrayNode) record.get("command");
                // first or last, so no earlier plant is split from its value
                int pos = rnd.nextBoolean() ? 1 : argv.size();
                List<String> form = switch (rnd.nextInt(6)) {
                    case 0 -> List.of("--password", secret);
                    case 1 -> List.of("aws_secret_access_key", secret);
                    case 2 -> List.of("-H", "Authorization: Bearer " + secret);
                    case 3 -> List.of("-c", "./load --token " + secret + " --rows 3; echo done");
                    case 4 -> List.of("--api-key=" + secret);
                    default -> List.of("-c", "mysql -uroot -p" + secret + " cells");
                };
                for (int k = form.size() - 1; k >= 0; k--) {
                    argv.insert(pos, form.get(k));
                }
                return "argv " + form;
            }
            default -> {
                ObjectNode node = (ObjectNode) record.withArray("/processTree").get(0);
                node.put("command", node.get("command").asText() + " --auth-token " + secret);
                return "process tree --auth-token";
            }
        }
    }

    /** Every free-text string field of the record, at any depth. */
    private static void textFields(JsonNode n, List<ObjectNode> holders, List<String> names) {
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> {
                if (e.getValue().isTextual() && !NOT_TEXT.contains(e.getKey())) {
                    holders.add((ObjectNode) n);
                    names.add(e.getKey());
                } else {
                    textFields(e.getValue(), holders, names);
                }
            });
        } else if (n.isArray()) {
            n.forEach(e -> textFields(e, holders, names));
        }
    }
}
