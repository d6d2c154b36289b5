package dev.strata.proc;

import dev.strata.context.HostContext;
import dev.strata.measure.TreeSampler;
import dev.strata.record.HostInfo;
import dev.strata.record.ProcessNode;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The macOS path (host facts and the process tree from OSHI) exercised on Linux, where the switch
 * forces it, against what /proc says of the same machine and the same process tree.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class OshiPathTest {

    @AfterEach
    void unforce() {
        System.clearProperty("strata.oshi");
    }

    @Test
    void hostFactsFromOshiAgreeWithProc() {
        HostInfo proc = HostContext.capture(Map.of(), null);
        System.setProperty("strata.oshi", "true");
        assertThat(ProcSource.useOshi()).isTrue();
        HostInfo oshi = HostContext.capture(Map.of(), null);
        assertThat(oshi.hostname()).isEqualTo(proc.hostname());
        assertThat(oshi.id()).isEqualTo(proc.id());
        assertThat(oshi.logicalCores()).isEqualTo(proc.logicalCores());
        assertThat(oshi.arch()).isEqualTo(proc.arch());
        assertThat((double) oshi.memoryBytes()).isCloseTo(proc.memoryBytes(), Percentage.withPercentage(2));
        assertThat(oshi.cpuModel()).isNotBlank();
        assertThat(oshi.os()).isNotBlank();
    }

    @Test
    void theSamplerSeesTheSameTreeThroughOshiAsThroughProc() throws Exception {
        // a shell, a Python child holding 60 MiB, and a grandchild sleeping; helpers that live a few
        // milliseconds (a pyenv shim's) may escape OSHI's half-second scans, these may not
        Process tree = new ProcessBuilder("bash", "-c",
                "python3 -c 'import subprocess,time; x=bytearray(60<<20); x[::4096]=b\"1\"*len(x[::4096]);"
                        + " p=subprocess.Popen([\"sleep\",\"1.5\"]); time.sleep(1.8); p.wait()'; true")
                .redirectErrorStream(true).start();
        long t0 = System.nanoTime();
        ProcSource viaProc = new ProcSource(ProcFs.linux(), KernelUnits.clockTicksPerSecond(), KernelUnits.pageBytes());
        System.setProperty("strata.oshi", "true");
        ProcSource viaOshi = ProcSource.open();
        assertThat(viaOshi.fs()).isInstanceOf(OshiProcFs.class);
        TreeSampler a = new TreeSampler(viaProc.fs(), tree.pid(), 100, viaProc.clockTicksPerSecond(), viaProc.pageBytes(),
                System::nanoTime, t0);
        TreeSampler b = new TreeSampler(viaOshi.fs(), tree.pid(), 100, viaOshi.clockTicksPerSecond(), viaOshi.pageBytes(),
                System::nanoTime, t0);
        while (tree.isAlive()) {
            a.tick();
            b.tick();
            Thread.sleep(100);
        }
        TreeSampler.Result p = a.result();
        TreeSampler.Result o = b.result();
        ProcessNode python = o.processes().stream().filter(n -> n.command().contains("python3 -c import")).findFirst().orElseThrow();
        assertThat(python.peakRssBytes()).isGreaterThan(60L << 20);
        assertThat(python.ppid()).isEqualTo(tree.pid());
        assertThat(o.processes()).anyMatch(n -> n.command().startsWith("sleep 1.5") && n.ppid() == python.pid());
        assertThat((double) o.treePeakRssBytes()).isCloseTo(p.treePeakRssBytes(), Percentage.withPercentage(15));
        assertThat(o.timeline().points()).isNotEmpty();
    }

    @Test
    void rendersProcStatThatTheParserReads() {
        System.setProperty("strata.oshi", "true");
        OshiProcFs fs = (OshiProcFs) ProcSource.open().fs();
        long self = ProcessHandle.current().pid();
        ProcStat st = ProcStat.parse(fs.read(self, "stat"));
        assertThat(st).isNotNull();
        assertThat(st.pid()).isEqualTo(self);
        assertThat(st.ppid()).isEqualTo(ProcessHandle.current().parent().orElseThrow().pid());
        assertThat(st.rssPages()).as("bytes, with a page of one byte").isGreaterThan(10L << 20);
        assertThat(st.utimeTicks()).as("milliseconds").isPositive();
        assertThat(fs.pids()).contains(self);
        assertThat(ProcIo.parse(fs.read(self, "io"))).isNotNull();
    }
}
