package dev.strata.profilers;

import dev.strata.record.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The JVM's Flight Recorder on a real Java program, and user commands as profilers. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class JfrAndCustomTest {

    @TempDir
    Path tmp;

    @Test
    void jfrFindsTheHotMethodOfAJavaProgram() throws Exception {
        Path src = Files.writeString(tmp.resolve("Hot.java"), """
                public class Hot {
                    static double hot(int n) { double s = 0; for (int i = 1; i < n; i++) s += Math.sqrt(i) % 3; return s; }
                    static double cold(int n) { double s = 0; for (int i = 1; i < n; i++) s += i % 5; return s; }
                    public static void main(String[] a) {
                        double s = 0;
                        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
                        long end = cpu.getCurrentThreadCpuTime() + 2_000_000_000L;
                        while (cpu.getCurrentThreadCpuTime() < end) { s += hot(2_000_000); s += cold(200_000); }
                        System.out.println(s > 0);
                    }
                }
                """);
        // compiled first, as a user's build would: the run measures the program, not javac
        Process javac = new ProcessBuilder("javac", "-d", tmp.toString(), src.toString()).inheritIO().start();
        assertThat(javac.waitFor()).as("javac (a JDK: apt-get install openjdk-17-jdk-headless)").isZero();
        List<String> cmd = List.of("java", "-cp", tmp.toString(), "Hot");
        RealRuns.assertUsable(new Jfr(), cmd);

        RealRuns.Result r = RealRuns.run(new Jfr(), cmd, tmp);

        assertThat(r.record().status()).isEqualTo(RunStatus.OK);
        assertThat(r.profile()).as("profile; warnings: " + r.warnings()).isNotNull();
        assertThat(r.profile().profiler()).isEqualTo("jfr");
        double hot = RealRuns.share(r.folded(), f -> f.equals("Hot.hot"));
        assertThat(hot).as("share of Hot.hot in\n" + r.folded()).isGreaterThanOrEqualTo(0.60);
    }

    @Test
    void aCustomCommandWritingSpeedscopeIsReadAsFoldedStacks() throws Exception {
        Path script = RealRuns.resource("hot.py", tmp);
        // py-spy as a user would call it themselves, writing speedscope JSON
        Profiler custom = Profilers.parseOne("custom:spy:speedscope=py-spy record --pid {pid} --format speedscope"
                + " --output {out} --nolineno --rate 200");
        // the interpreter itself (python3 may be a shim script): a custom command attaches at once
        Process which = new ProcessBuilder("python3", "-c", "import sys; print(sys.executable)").start();
        String python = new String(which.getInputStream().readAllBytes()).strip();
        assertThat(which.waitFor()).isZero();
        RealRuns.Result r = RealRuns.run(custom, List.of(python, script.toString(), "1.5"), tmp);

        assertThat(r.profile()).as("profile; warnings: " + r.warnings()).isNotNull();
        assertThat(r.profile().format()).isEqualTo("folded");
        // py-spy's speedscope frames carry no file name
        double hot = RealRuns.share(r.folded(), f -> f.equals("hot_loop") || f.startsWith("hot_loop "));
        assertThat(hot).as("share of hot_loop in\n" + r.folded()).isGreaterThanOrEqualTo(0.60);
    }

    @Test
    void anOpaqueOutputIsKeptAsAnAttachment() throws Exception {
        Profiler custom = Profilers.parseOne("custom:status=cat /proc/{pid}/status > {out}");
        RealRuns.Result r = RealRuns.run(custom, List.of("sleep", "1"), tmp);

        assertThat(r.profile()).as("profile; warnings: " + r.warnings()).isNotNull();
        assertThat(r.profile().format()).isEqualTo("opaque");
        assertThat(r.profile().file()).isEqualTo("profiles/status.bin");
        assertThat(r.profile().flamegraph()).isNull();
        assertThat(r.folded()).contains("VmRSS");
    }
}
