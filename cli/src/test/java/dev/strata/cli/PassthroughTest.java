package dev.strata.cli;

import dev.strata.testing.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The workload's output reaches the user byte for byte, captured or not. */
class PassthroughTest {

    @TempDir
    static Path tmp;

    static Path data;

    private static Path binary() throws Exception {
        if (data == null) {
            data = tmp.resolve("data.bin");
            byte[] buf = new byte[1 << 20];
            Random r = new Random(7);
            try (var out = Files.newOutputStream(data)) {
                for (int i = 0; i < 100; i++) {
                    r.nextBytes(buf);
                    out.write(buf);
                }
            }
        }
        return data;
    }

    private static String sha(Path p) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(p)) {
            byte[] b = new byte[1 << 16];
            int n;
            while ((n = in.read(b)) > 0) {
                md.update(b, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private Path runCat(String name, String... extra) throws Exception {
        Path out = tmp.resolve(name + ".out");
        Path err = tmp.resolve(name + ".err");
        String[] args = new String[6 + extra.length + 2];
        int i = 0;
        args[i++] = "run";
        args[i++] = "--store";
        args[i++] = tmp.resolve("s").toString();
        args[i++] = "--name";
        args[i++] = name;
        for (String e : extra) {
            args[i++] = e;
        }
        args[i++] = "--";
        args[i++] = "cat";
        args[i] = binary().toString();
        Process p = Cli.builder(tmp, args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(err)).isZero();
        return out;
    }

    @Test
    void hundredMegabytesOfBinaryPassThroughUnchanged() throws Exception {
        assertThat(sha(runCat("plain"))).isEqualTo(sha(binary()));
    }

    @Test
    void capturedOutputStillPassesThroughAndACappedCopyIsKept() throws Exception {
        assertThat(sha(runCat("captured", "--capture-output=64KiB"))).isEqualTo(sha(binary()));
        Path store = tmp.resolve("s");
        String path = Git.ok(store, "ls-tree", "-r", "--name-only", "main").lines()
                .filter(l -> l.startsWith("captured/") && l.endsWith("output/stdout.txt")).findFirst().orElseThrow();
        Process show = new ProcessBuilder("git", "-C", store.toString(), "cat-file", "blob", "main:" + path).start();
        byte[] kept = show.getInputStream().readAllBytes();
        show.waitFor();
        byte[] all = Files.readAllBytes(binary());
        assertThat(kept.length).isBetween(64 * 1024, 64 * 1024 + 100);
        byte[] head = java.util.Arrays.copyOf(kept, 32 * 1024);
        assertThat(head).isEqualTo(java.util.Arrays.copyOf(all, 32 * 1024));
        byte[] tail = java.util.Arrays.copyOfRange(kept, kept.length - 32 * 1024, kept.length);
        assertThat(tail).isEqualTo(java.util.Arrays.copyOfRange(all, all.length - 32 * 1024, all.length));
        assertThat(new String(kept, 32 * 1024, 60, java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("[strata: " + (all.length - 64 * 1024) + " bytes not kept]");
    }
}
