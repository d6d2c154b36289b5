package dev.strata.cli;

import dev.strata.flame.FrameTreeFaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class FlamegraphCommandTest {

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static Result strata(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    static String svgTitle(Path svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(svg.toFile()).getElementsByTagNameNS("*", "text").item(0).getTextContent();
    }

    @Test
    void rendersAFileAndWarnsAboutMalformedLines() throws Exception {
        Path in = file("cpu.folded", "main;a 3\nbroken\nmain;b 2\n");
        Path out = dir.resolve("cpu.svg");
        Result r = strata("flamegraph", in.toString(), "-o", out.toString(), "--title", "ingest", "--subtitle", "v1.15",
                "--icicle", "--palette", "native", "--minwidth", "0.5%");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEqualTo("strata: warning: " + in + ":2: no sample count after the stack "
                + "(expected 'frame;frame;frame COUNT') (line skipped)\n");
        assertThat(svgTitle(out)).isEqualTo("ingest");
        assertThat(Files.readString(out)).contains("5 samples");
    }

    @Test
    void strictModeFailsWithTheLineAndWritesNothing() throws Exception {
        Path in = file("cpu.folded", "main;a 3\nmain;b x\n");
        Path out = dir.resolve("cpu.svg");
        Result r = strata("flamegraph", "--strict", in.toString(), "-o", out.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("strata: " + in + ":2: sample count 'x' is not a non-negative number\n");
        assertThat(out).doesNotExist();
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void theInputThatOnceHungRendersAndDiffs() throws Exception {
        Path in = dir.resolve("hang.folded");
        try (InputStream gz = new GZIPInputStream(FlamegraphCommandTest.class.getResourceAsStream("/flame/flame-hang.folded.gz"))) {
            Files.write(in, gz.readAllBytes());
        }
        Path out = dir.resolve("hang.svg");
        Result r = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> strata("flamegraph", "--strict", in.toString(), "-o", out.toString()));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(out)).contains("2,255,753 samples");
        Result d = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> strata("flamegraph", "--diff", in.toString(), in.toString(), "-o", out.toString()));
        assertThat(d.code()).as(d.err()).isZero();
    }

    @Test
    void aFailingOrStalledFrameTreeEndsTheCommandWithExitTwo() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            text.append("main;f").append(i % 31).append(";g").append(i).append(" 1\n");
        }
        Path in = file("cpu.folded", text.toString());
        Path out = dir.resolve("cpu.svg");
        try (FrameTreeFaults f = FrameTreeFaults.failOn(in.toString(), new IllegalStateException("injected"))) {
            Result r = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> strata("flamegraph", in.toString(), "-o", out.toString()));
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("strata: the flamegraph engine failed while building the frame tree of "
                    + in + ": java.lang.IllegalStateException: injected\n");
        }
        try (FrameTreeFaults f = FrameTreeFaults.stallOn(in.toString(), Duration.ofSeconds(1))) {
            Result r = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> strata("flamegraph", in.toString(), "-o", out.toString()));
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).startsWith("strata: the flamegraph engine made no progress on " + in + " for 1 s")
                    .hasLineCount(1);
        }
        assertThat(out).doesNotExist();
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void diffOfTwoFiles() throws Exception {
        Path before = file("before.folded", "main;a 3\nmain;b 2\n");
        Path after = file("after.folded", "main;a 1\nmain;c 4\n");
        Path out = dir.resolve("diff.svg");
        assertThat(strata("flamegraph", "--diff", before.toString(), after.toString(), "-o", out.toString()).code()).isZero();
        assertThat(svgTitle(out)).isEqualTo("Differential Flame Graph");
        assertThat(Files.readString(out)).contains("c\nbefore: 0 samples").doesNotContain("<title>b\n");
        assertThat(strata("flamegraph", "--diff", "--negate", "--raw-counts", before.toString(), after.toString(),
                "-o", out.toString()).code()).isZero();
        assertThat(Files.readString(out)).contains("<title>b\n").contains("change -2 samples");
    }

    @Test
    void readsStandardInput() throws Exception {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("main;a 3\n".getBytes(StandardCharsets.UTF_8)));
            Path out = dir.resolve("stdin.svg");
            assertThat(strata("flamegraph", "-", "-o", out.toString()).code()).isZero();
            assertThat(Files.readString(out)).contains("3 samples");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void usageErrorsAreOneLineAndExitTwo() throws Exception {
        Path in = file("cpu.folded", "main;a 3\n");
        String out = dir.resolve("x.svg").toString();
        assertThat(strata("flamegraph", dir.resolve("missing.folded").toString(), "-o", out))
                .isEqualTo(new Result(2, "", "strata: no such file: " + dir.resolve("missing.folded") + "\n"));
        assertThat(strata("flamegraph", "--diff", in.toString(), "-o", out).err())
                .isEqualTo("strata: --diff needs two inputs: BEFORE AFTER\n");
        assertThat(strata("flamegraph", in.toString(), in.toString(), "-o", out).code()).isEqualTo(2);
        assertThat(strata("flamegraph", in.toString(), "--negate", "-o", out).code()).isEqualTo(2);
        assertThat(strata("flamegraph", in.toString(), "--minwidth", "wide", "-o", out).err())
                .isEqualTo("strata: --minwidth: 'wide' is not a percentage (e.g. 0.1 or 0.5%)\n");
        assertThat(strata("flamegraph", in.toString(), "--minwidth", "150", "-o", out).code()).isEqualTo(2);
        assertThat(strata("flamegraph", in.toString(), "--palette", "rainbow", "-o", out).err())
                .startsWith("strata: unknown palette 'rainbow'");
        assertThat(strata("flamegraph", in.toString(), "-o", dir.resolve("no/such/dir/x.svg").toString()).code()).isEqualTo(2);
        assertThat(Path.of(out)).doesNotExist();
    }
}
