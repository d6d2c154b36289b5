package dev.strata.flame;

import dev.strata.testing.Golden;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FlameGraphGoldenTest {

    static final String SMALL = "main;load;read_csv 30\nmain;load;parse 20\nmain;compute;matmul 40\nmain;compute 5\n"
            + "main;write 4\nmain;compute;matmul;dgemm 1\n";
    static final String BEFORE = "main;load;read_csv 30\nmain;compute;matmul 40\nmain;compute;sort 20\nmain;write 10\n";
    static final String AFTER = "main;load;read_csv 30\nmain;compute;matmul 60\nmain;compute;sort 5\nmain;cache;lookup 5\n";

    /** Every golden case: name to rendered bytes. */
    static Map<String, byte[]> cases() throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        FlameOptions d = FlameOptions.defaults();
        m.put("simple.svg", SvgFrames.render(Folded.read(SMALL), d));
        m.put("icicle.svg", SvgFrames.render(Folded.read(SMALL), d.withIcicle(true).withTitle("ingest-pbmc3k")
                .withSubtitle("v1.15 · 3f2a9c1 · 2026-11-27")));
        m.put("pruned.svg", SvgFrames.render(Folded.read(SMALL), d.withMinWidthPercent(5)));
        byte[] hostile = ("main;<script>alert(1)</script> 5\nmain;a&b \"c\" 'd' 3\nmain;bell\u0007 2\n"
                + "main;]]><!-- 1\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBadUtf8 = concat(hostile, new byte[]{'m', 'a', 'i', 'n', ';', 'x', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, ' ', '2', '\n'});
        m.put("escaping.svg", SvgFrames.render(Folded.read(withBadUtf8, false), d.withTitle("<b>title</b> & co")));
        FoldedStacks pair = FoldedStacks.pair(Folded.read(BEFORE), Folded.read(AFTER));
        m.put("diff.svg", SvgFrames.renderDiff(pair, d));
        m.put("diff-negated.svg", SvgFrames.renderDiff(pair, d.withNegate(true)));
        m.put("diff-raw-counts.svg", SvgFrames.renderDiff(pair, d.withRawCounts(true)));
        m.put("pyspy.svg", SvgFrames.render(Folded.resource("pyspy-raw.folded"), d.withSubtitle("py-spy record --format raw")));
        m.put("pyspy-diff.svg", SvgFrames.renderDiff(FoldedStacks.pair(Folded.resource("pyspy-raw.folded"),
                Folded.resource("pyspy-after.folded")), d.withSubtitle("workload.py vs workload.py --sort-keys")));
        m.put("java-kernel.svg", SvgFrames.render(Folded.read(
                "java/lang/Thread.run;com/example/Worker.loop;java/util/HashMap.get 50\n"
                        + "java/lang/Thread.run;com/example/Worker.loop;JVM_Sleep;os::sleep;__x64_sys_nanosleep_[k] 20\n"
                        + "java/lang/Thread.run;com/example/Worker.io;write;entry_SYSCALL_64_[k];vfs_write_[k] 30\n"), d));
        return m;
    }

    @Test
    void matchGoldenFilesAndParseAsXml() throws IOException {
        for (byte[] svg : cases().values()) {
            SvgFrames.parse(svg);
        }
        Golden.in("collector", "src/test/resources/flame/golden").checkAllBytes(() -> {
            try {
                return cases();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void frameNamesStayText() throws IOException {
        String svg = new String(cases().get("escaping.svg"), StandardCharsets.UTF_8);
        assertThat(svg).doesNotContain("<script>alert").doesNotContain("<b>title")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("a&amp;b \"c\" 'd'")
                .contains("]]&gt;&lt;!--");
        // exactly one script element: the graph's own
        assertThat(svg.split("<script>", -1)).hasSize(2);
        SvgFrames parsed = SvgFrames.parse(cases().get("escaping.svg"));
        assertThat(parsed.frames).extracting(SvgFrames.Frame::name)
                .contains("<script>alert(1)</script>", "bell\uFFFD", "x\uFFFD(\uFFFD");
    }

    @Test
    void tooltipsAndNotes() throws IOException {
        SvgFrames simple = SvgFrames.parse(cases().get("simple.svg"));
        assertThat(simple.frames.get(0).tooltip()).isEqualTo("all\n100 samples (100.00%)");
        assertThat(simple.frames).filteredOn(f -> f.name().equals("matmul"))
                .extracting(SvgFrames.Frame::tooltip).containsExactly("matmul\n41 samples (41.00%)");
        assertThat(simple.text("sf-note")).isEqualTo("100 samples");

        SvgFrames pruned = SvgFrames.parse(cases().get("pruned.svg"));
        assertThat(pruned.frames).extracting(SvgFrames.Frame::name).doesNotContain("dgemm", "write");
        assertThat(pruned.text("sf-note")).isEqualTo("100 samples; 5 (5.00%) in 2 frames narrower than 5% not drawn");
    }

    @Test
    void diffColoursAndTooltips() throws IOException {
        SvgFrames diff = SvgFrames.parse(cases().get("diff.svg"));
        Map<String, SvgFrames.Frame> byName = new LinkedHashMap<>();
        diff.frames.forEach(f -> byName.put(f.name(), f));
        // widths from after: 'write' went away and is not drawn; matmul grew most (red), sort shrank (blue)
        assertThat(byName).doesNotContainKey("write").containsKey("lookup");
        assertThat(byName.get("matmul").fill()).isEqualTo("#ff2828");
        assertThat(red(byName.get("sort").fill())).isLessThan(blue(byName.get("sort").fill()));
        assertThat(byName.get("read_csv").fill()).isEqualTo("#e6e6e6");  // 30 of 100 before and after
        assertThat(byName.get("matmul").tooltip()).isEqualTo("matmul\nbefore: 40 samples (40.00%)\n"
                + "after: 60 samples (60.00%)\nself: 40 -> 60, change +20.00 percentage points");

        SvgFrames negated = SvgFrames.parse(cases().get("diff-negated.svg"));
        assertThat(negated.frames).extracting(SvgFrames.Frame::name).contains("write").doesNotContain("lookup");
        assertThat(negated.total).isEqualTo(100);

        SvgFrames raw = SvgFrames.parse(cases().get("diff-raw-counts.svg"));
        assertThat(raw.frames).filteredOn(f -> f.name().equals("sort")).extracting(SvgFrames.Frame::tooltip)
                .containsExactly("sort\nbefore: 20 samples (20.00%)\nafter: 5 samples (5.00%)\nself: 20 -> 5, change -15 samples");
    }

    @Test
    void palettesFollowTheFrames() throws IOException {
        assertThat(Palette.guess(Folded.resource("pyspy-raw.folded"))).isEqualTo(Palette.PYTHON);
        assertThat(Palette.guess(Folded.read("java/lang/Thread.run;com/example/A.b 1\n"))).isEqualTo(Palette.JAVA);
        assertThat(Palette.guess(Folded.read("main;compute;dgemm 1\n"))).isEqualTo(Palette.NATIVE);
        assertThat(Palette.guess(Folded.read("source;withVisible;eval;lapply;FUN 3\n"))).isEqualTo(Palette.R);
        // the same name always gets the same colour; a kernel frame is orange in every palette
        for (Palette p : Palette.values()) {
            assertThat(p.rgb("vfs_write_[k]")).isEqualTo(p.rgb("vfs_write_[k]"));
        }
        int kernel = Palette.JAVA.rgb("vfs_write_[k]");
        assertThat(kernel >> 16).isGreaterThanOrEqualTo(225);
        assertThat(Palette.PYTHON.rgb("main (x.py:1)") & 0xFF).isGreaterThanOrEqualTo(215);  // blue for Python code
    }

    @Test
    void rendersAnEmptyInput() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FlameGraph.render(Folded.read(""), FlameOptions.defaults(), out);
        SvgFrames svg = SvgFrames.parse(out.toByteArray());
        assertThat(svg.frames).hasSize(1);
        assertThat(svg.text("sf-note")).isEqualTo("0 samples");
    }

    private static int red(String hex) {
        return Integer.parseInt(hex.substring(1, 3), 16);
    }

    private static int blue(String hex) {
        return Integer.parseInt(hex.substring(5, 7), 16);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
