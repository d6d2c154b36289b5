package dev.strata.measure;

import dev.strata.proc.ProcFs;
import dev.strata.proc.ProcStat;
import dev.strata.record.ProcessNode;
import dev.strata.record.Timeline;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The sampler's logic on a fake /proc: discovery, exits, sums, peaks. */
class TreeSamplerTest {

    static final class FakeProc implements ProcFs {
        final Map<Long, String> stat = new HashMap<>();
        final Map<Long, String> children = new HashMap<>();
        final Map<Long, String> io = new HashMap<>();

        void proc(long pid, long ppid, String comm, long utime, long start, long rssPages) {
            stat.put(pid, pid + " (" + comm + ") S " + ppid + " 1 1 0 -1 0 0 0 0 0 " + utime + " 1 0 0 20 0 1 0 "
                    + start + " 1000 " + rssPages + " 0");
        }

        void exit(long pid) {
            stat.remove(pid);
            children.remove(pid);
            io.remove(pid);
        }

        @Override
        public String read(long pid, String file) {
            return switch (file.contains("children") ? "children" : file) {
                case "stat" -> stat.get(pid);
                case "children" -> children.get(pid);
                case "io" -> io.get(pid);
                case "cmdline" -> stat.containsKey(pid) ? "cmd\0" + pid : null;
                default -> null;
            };
        }

        @Override
        public List<Long> pids() {
            return new ArrayList<>(stat.keySet());
        }
    }

    @Test
    void followsTheWholeTreeAndSumsItsMemory() {
        FakeProc fs = new FakeProc();
        long[] now = {0};
        fs.proc(10, 1, "python", 5, 100, 1000);
        fs.io.put(10L, "rchar: 500\nwchar: 20\n");
        TreeSampler s = new TreeSampler(fs, 10, 100, 100, 4096, () -> now[0], 0);
        assertThat(s.tick()).isTrue();

        // a child the main thread forked, found through its children file
        fs.proc(11, 10, "worker", 0, 110, 2000);
        fs.children.put(10L, "11 ");
        // a grandchild forked by another thread: only the full scan finds it (every second)
        fs.proc(12, 11, "worker (x)", 0, 120, 3000);
        now[0] = 100_000_000;
        s.tick();
        for (int i = 0; i < 9; i++) {
            now[0] += 100_000_000;
            s.tick();
        }
        fs.exit(12);
        fs.proc(11, 10, "worker", 150, 110, 500);
        now[0] += 100_000_000;
        s.tick();

        TreeSampler.Result r = s.result();
        assertThat(r.processes()).extracting(ProcessNode::pid).containsExactly(10L, 11L, 12L);
        assertThat(r.treePeakRssBytes()).isEqualTo((1000 + 2000 + 3000) * 4096L);
        assertThat(r.maxProcessRssBytes()).isEqualTo(3000 * 4096L);
        ProcessNode child = r.processes().get(1);
        assertThat(child.ppid()).isEqualTo(10);
        assertThat(child.startOffsetSeconds()).isEqualTo(0.1);
        assertThat(child.cpuSeconds()).isEqualTo(1.51);
        assertThat(child.command()).isEqualTo("cmd 11");
        assertThat(r.processes().get(2).command()).isEqualTo("cmd 12");
        assertThat(r.readBytes()).isEqualTo(500);
        assertThat(r.timeline().points()).hasSize(12);
        assertThat(r.timeline().points().get(11).processes()).isEqualTo(2);
    }

    @Test
    void stopsWhenTheTreeIsGone() {
        FakeProc fs = new FakeProc();
        fs.proc(10, 1, "true", 0, 100, 10);
        TreeSampler s = new TreeSampler(fs, 10, 100, 100, 4096, () -> 0, 0);
        assertThat(s.tick()).isTrue();
        fs.exit(10);
        assertThat(s.tick()).isFalse();
        assertThat(s.result().processes()).hasSize(1);
    }

    @Test
    void aReusedPidIsNotTakenForTheWorkload() {
        FakeProc fs = new FakeProc();
        fs.proc(10, 1, "app", 0, 500, 10);
        TreeSampler s = new TreeSampler(fs, 10, 100, 100, 4096, () -> 0, 0);
        s.tick();
        fs.proc(10, 1, "other", 0, 100, 99999); // started before the workload did: a different process
        s.tick();
        assertThat(s.result().treePeakRssBytes()).isEqualTo(10 * 4096L);
    }

    @Test
    void downsamplingKeepsPeaks() {
        List<Timeline.Point> pts = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            pts.add(new Timeline.Point(i * 0.01, i == 7777 ? 999_999L : 1000L, 50.0, i == 4242 ? 9 : 1));
        }
        List<Timeline.Point> d = TimelineDownsampler.downsample(pts, Timeline.MAX_POINTS);
        assertThat(d).hasSizeLessThanOrEqualTo(Timeline.MAX_POINTS);
        assertThat(d.stream().mapToLong(Timeline.Point::rssBytes).max().orElseThrow()).isEqualTo(999_999L);
        assertThat(d.stream().mapToInt(Timeline.Point::processes).max().orElseThrow()).isEqualTo(9);
        assertThat(d.get(0).t()).isZero();
    }

    @Test
    void statLinesWithParenthesesInTheName() {
        ProcStat st = ProcStat.parse("42 (a (b) c) R 7 42 42 0 -1 4194304 10 0 0 0 33 44 0 0 20 0 1 0 555 1000 77 0");
        assertThat(st.pid()).isEqualTo(42);
        assertThat(st.comm()).isEqualTo("a (b) c");
        assertThat(st.ppid()).isEqualTo(7);
        assertThat(st.utimeTicks()).isEqualTo(33);
        assertThat(st.stimeTicks()).isEqualTo(44);
        assertThat(st.startTicks()).isEqualTo(555);
        assertThat(st.rssPages()).isEqualTo(77);
        assertThat(ProcStat.parse("garbage")).isNull();
    }
}
