package dev.strata.profilers;

import dev.strata.flame.FoldedStacks;
import dev.strata.flame.FoldedWriter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Rprof output, verbatim from R 4.2, as folded stacks. */
class RprofToFoldedTest {

    private static List<String> lines(FoldedStacks s) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FoldedWriter.write(s, 0, out);
        String text = out.toString(StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }

    @Test
    void aRealCaptureWithMemoryColumnsAndStartUpFrames() throws Exception {
        List<String> folded;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/profilers/rprof-memory.out"), StandardCharsets.UTF_8))) {
            folded = lines(RprofToFolded.convert(in));
        }
        assertThat(folded).contains("main;hot 10", "main;hot;%% 3");
        assertThat(folded).anyMatch(l -> l.startsWith(".First.sys;require;tryCatch;"));
        long total = folded.stream().mapToLong(l -> Long.parseLong(l.substring(l.lastIndexOf(' ') + 1))).sum();
        assertThat(total).isEqualTo(19);
    }

    @Test
    void memoryColumnsGiveWhereTheHeapGrewInBytes() throws Exception {
        List<String> folded;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/profilers/rprof-memory.out"), StandardCharsets.UTF_8))) {
            folded = lines(RprofToFolded.convertMemory(in));
        }
        // 8 bytes a vector cell, 56 a node; growth since the previous sample, falls count as nothing
        assertThat(folded).contains("main;hot 1898810760", "main;hot;%% 761101248");
        long total = folded.stream().mapToLong(l -> Long.parseLong(l.substring(l.lastIndexOf(' ') + 1))).sum();
        assertThat(total).isEqualTo(3396225544L);
    }

    @Test
    void emptyStacksCutLinesAndLineProfiling() throws Exception {
        String text = """
                line profiling: sample.interval=20000
                #File 1: hot.R
                "hot" 1#3 "main" 1#7
                
                :1:2:3:4:
                :1:2:3:4:"hot" "ma
                """;
        List<String> folded = lines(RprofToFolded.convert(new BufferedReader(new StringReader(text))));
        assertThat(folded).containsExactly("main;hot 1", "<R> 1");
    }

    @Property(tries = 200)
    void anyTextIsReadOrRejectedNeverHangs(@ForAll String text) {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            RprofToFolded.convert(new BufferedReader(new StringReader(text)));
        });
    }
}
