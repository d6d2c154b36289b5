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

/** perf script text, verbatim from the real tool, as folded stacks. */
class PerfScriptToFoldedTest {

    private static List<String> foldedLines(String resource) throws Exception {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                PerfScriptToFoldedTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            return lines(PerfScriptToFolded.convert(in));
        }
    }

    private static List<String> lines(FoldedStacks s) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FoldedWriter.write(s, 0, out);
        String text = out.toString(StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }

    @Test
    void aSystemWideCaptureWithKernelFramesAndUnknownSymbols() throws Exception {
        List<String> folded = foldedLines("/profilers/perf-script-system.txt");
        long samples = folded.stream().mapToLong(l -> Long.parseLong(l.substring(l.lastIndexOf(' ') + 1))).sum();
        assertThat(samples).isEqualTo(15);
        // outermost first, under the command name; kernel frames marked; offsets dropped
        assertThat(folded).contains("git;_dl_start_user;_dl_sysdep_start;dl_main;_dl_relocate_object;"
                + "asm_exc_page_fault_[k];exc_page_fault_[k];handle_mm_fault_[k];__handle_mm_fault_[k];do_wp_page_[k];"
                + "folio_remove_rmap_ptes_[k] 1");
        // a command name with a space; JIT frames named after their perf map; an unknown object stays [unknown]
        assertThat(folded).anyMatch(l -> l.startsWith("process reaper;start_thread;"));
        assertThat(folded).anyMatch(l -> l.contains(";[perf-24078.map];"));
        assertThat(folded).anyMatch(l -> l.startsWith("soffice.bin;[unknown];__GI___libc_open;entry_SYSCALL_64_after_hwframe_[k];"));
        assertThat(folded).allMatch(l -> !l.contains("+0x"));
    }

    @Test
    void samplesWithoutCallChainsAndOddLines() throws Exception {
        String text = """
                burn 4242 [001] 100.000001:   10101010 task-clock:  55d0c0de11b9 burn+0x28 (/tmp/burn)
                
                not a header at all
                \tffff not a frame line either
                
                burn 4242/4243 100.000002: 10101010 task-clock:
                \t    11b9 burn+0x28 (/tmp/burn)
                \t   2724a __libc_start_call_main+0x7a (/usr/lib/x86_64-linux-gnu/libc.so.6)
                """;
        List<String> folded = lines(PerfScriptToFolded.convert(new BufferedReader(new StringReader(text))));
        assertThat(folded).containsExactly("burn;burn 1", "burn;__libc_start_call_main;burn 1");
    }

    @Property(tries = 200)
    void anyTextIsReadOrRejectedNeverHangs(@ForAll String text) {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            PerfScriptToFolded.convert(new BufferedReader(new StringReader(text)));
        });
    }
}
