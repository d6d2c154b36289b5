package dev.strata.profilers;

import dev.strata.record.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** memray (Python) and heaptrack (native) on real programs holding 300 MB in big_alloc at their peak. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class MemoryProfilersTest {

    @TempDir
    Path tmp;

    @Test
    void memrayAttributesThePeakToBigAlloc() throws Exception {
        Path script = RealRuns.resource("big.py", tmp);
        List<String> cmd = List.of("python3", script.toString());
        RealRuns.assertUsable(Memray.defaults(), cmd);

        RealRuns.Result r = RealRuns.run(Memray.defaults(), cmd, tmp);

        assertThat(r.record().status()).isEqualTo(RunStatus.OK);
        assertThat(r.profile()).as("profile; warnings: " + r.warnings()).isNotNull();
        assertThat(r.profile().kind()).isEqualTo("memory");
        double big = RealRuns.share(r.folded(), f -> f.startsWith("big_alloc "));
        assertThat(big).as("share of big_alloc in\n" + r.folded()).isGreaterThanOrEqualTo(0.80);
        assertThat(r.profile().samples()).as("bytes at the peak").isGreaterThan(300L << 20);
        assertThat(r.svg()).contains("big_alloc").contains("bytes");
        assertThat(r.speedscope()).contains("\"unit\":\"bytes\"");
    }

    @Test
    void heaptrackAttributesThePeakToBigAlloc() throws Exception {
        Path exe = RealRuns.compile("alloc.c", tmp);
        List<String> cmd = List.of(exe.toString());
        RealRuns.assertUsable(new Heaptrack(), cmd);

        RealRuns.Result r = RealRuns.run(new Heaptrack(), cmd, tmp);

        assertThat(r.record().status()).isEqualTo(RunStatus.OK);
        assertThat(r.profile()).as("profile; warnings: " + r.warnings()).isNotNull();
        assertThat(r.profile().kind()).isEqualTo("memory");
        double big = RealRuns.share(r.folded(), f -> f.startsWith("big_alloc"));
        assertThat(big).as("share of big_alloc in\n" + r.folded()).isGreaterThanOrEqualTo(0.80);
        assertThat(r.svg()).contains("big_alloc");
    }

    @Test
    void memrayOnAProgramThatIsNotPythonSaysWhyAndWhatToDo() {
        Availability a = Memray.defaults().availability(List.of("/usr/bin/sort", "x"));
        assertThat(a.usable()).isFalse();
        assertThat(a.reason()).contains("does not start Python itself");
        assertThat(a.fix()).contains("python3 script.py").contains("heaptrack");
    }
}
