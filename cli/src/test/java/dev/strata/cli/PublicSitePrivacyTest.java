package dev.strata.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.flame.FlameGraph;
import dev.strata.flame.FlameOptions;
import dev.strata.flame.FoldedStacks;
import dev.strata.record.Environment;
import dev.strata.record.HostInfo;
import dev.strata.record.ProcessNode;
import dev.strata.record.Profile;
import dev.strata.record.RunJson;
import dev.strata.record.RunRecord;
import dev.strata.store.GitStore;
import dev.strata.store.RunFiles;
import dev.strata.testing.Records;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every file a public site writes (pages, JS data, CSV downloads, SVGs, profiles, file names) holds
 * none of the private strings the runs carry; the private site of the same store does hold them,
 * so the search is known to look in the right places.
 */
class PublicSitePrivacyTest {

    private static final String HOST = "zephyrhost-lab7";
    private static final String HOSTNAME = "zephyrhost-lab7.corp.example";
    private static final String USER = "quillonuser";
    private static final String HOME = "/home/" + USER;
    private static final String ENV_VALUE = "vexilla-env-value";
    private static final String PRIVATE_DATA = "marrowfield-private";
    private static final String OUTPUT = "marrowfield-output";
    private static final List<String> PRIVATE = List.of(HOST, HOSTNAME, USER, HOME, ENV_VALUE, PRIVATE_DATA, OUTPUT);

    @TempDir
    Path tmp;

    @Test
    void noPrivateStringInAnyFileOfAPublicSite() throws Exception {
        Path store = tmp.resolve("results");
        String folded = "main;" + HOME + "/proj/x.py:load;read 40\nmain;" + HOME + "/proj/x.py:fit 60\n";
        Path foldedFile = Files.writeString(tmp.resolve("p.folded"), folded);
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        FlameGraph.render(FoldedStacks.read(new ByteArrayInputStream(folded.getBytes(StandardCharsets.UTF_8)), "p", false),
                FlameOptions.defaults(), svg);
        Path svgFile = Files.write(tmp.resolve("p.svg"), svg.toByteArray());
        Path output = Files.writeString(tmp.resolve("out.txt"), "loaded on " + HOSTNAME + " " + OUTPUT + "\n");
        List<RunFiles> files = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String sha = Integer.toHexString(0x100000 + i).repeat(7).substring(0, 40);
            RunRecord.Builder b = Records.full("ingest", sha, Instant.parse("2026-04-01T00:00:00Z").plusSeconds(3600L * i),
                    2 + i % 3).toBuilder();
            b.host = new HostInfo(i % 2 == 0 ? HOST : "other-host-b", HOSTNAME, "Linux", "6.1", "x86_64", "EPYC", 2, 4,
                    8L << 30, new HostInfo.CiInfo("github-actions", "7", "bench", "https://" + HOSTNAME + "/ci/7"), 0.2);
            b.cwd = HOME + "/proj";
            b.command = List.of("python3", HOME + "/proj/x.py", "--host", HOSTNAME);
            b.description = "ingest on " + HOST + " from " + HOME;
            b.processTree = List.of(new ProcessNode(10, 1L, "python3 " + HOME + "/proj/x.py", 0.0, 1.0, 1.0, 1L << 20, 0L, 0L));
            b.environment = new Environment(Map.of("python", "3.11"), null, Map.of("TILEDB_CONFIG", ENV_VALUE));
            b.userData = (ObjectNode) RunJson.mapper().readTree("{\"internal\": \"" + PRIVATE_DATA
                    + "\", \"public\": {\"dataset\": \"pbmc3k-public\"}}");
            b.warnings = List.of("noisy host: " + HOST + " was busy");
            b.profiles = List.of(new Profile("py-spy", "cpu", "folded", "profiles/py-spy.folded", "flamegraphs/py-spy.svg",
                    10L, 100L, List.of("attached on " + HOSTNAME)));
            RunRecord r = b.build();
            TreeMap<String, Path> attachments = new TreeMap<>(Map.of("profiles/py-spy.folded", foldedFile,
                    "flamegraphs/py-spy.svg", svgFile, "output/stdout.txt", output));
            files.add(new RunFiles(r.process(), r.startedAt(), RunJson.write(r), attachments));
        }
        try (GitStore s = GitStore.openOrCreate(store)) {
            s.writeAll(files, "runs");
        }

        Path priv = tmp.resolve("private-site");
        Path pub = tmp.resolve("public-site");
        Strata.Result a = Strata.run("report", "--store", store.toString(), "--out", priv.toString());
        Strata.Result b = Strata.run("report", "--store", store.toString(), "--out", pub.toString(), "--public");
        assertThat(a.exitCode()).as(a.err()).isZero();
        assertThat(b.exitCode()).as(b.err()).isZero();

        assertThat(Leaks.inFiles(priv, PRIVATE)).as("the private site shows them, so the search finds them")
                .anyMatch(s -> s.startsWith(HOST + " in data/")).anyMatch(s -> s.startsWith(ENV_VALUE + " in r/"))
                .anyMatch(s -> s.startsWith(HOME + " in r/")).anyMatch(s -> s.startsWith(PRIVATE_DATA + " in r/"));
        assertThat(Leaks.inFiles(pub, PRIVATE)).isEmpty();
        assertThat(Leaks.inFiles(pub, List.of("pbmc3k-public", "host-1", "x.py"))).as("what is public stays")
                .anyMatch(s -> s.startsWith("pbmc3k-public in r/")).anyMatch(s -> s.startsWith("host-1 in data/runs.csv"))
                .anyMatch(s -> s.startsWith("x.py in r/"));
    }
}
