package dev.strata.testing;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.record.Better;
import dev.strata.record.CustomMetric;
import dev.strata.record.Environment;
import dev.strata.record.GitInfo;
import dev.strata.record.HostInfo;
import dev.strata.record.Metrics;
import dev.strata.record.ProcessNode;
import dev.strata.record.Profile;
import dev.strata.record.Repetition;
import dev.strata.record.RunJson;
import dev.strata.record.RunRecord;
import dev.strata.record.RunStatus;
import dev.strata.record.Sampling;
import dev.strata.record.Timeline;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Run records of every shape for property tests. */
public final class GeneratedRecords {

    private GeneratedRecords() {
    }

    /** Printable text with what JSON must escape; whole characters only (a lone surrogate is no text). */
    public static Arbitrary<String> text() {
        return Arbitraries.oneOf(Arbitraries.strings().withCharRange(' ', '~')
                .withChars("é漢<>&\"'\n\t\u0001\u2028\\/").ofMaxLength(24), Arbitraries.of("😀 emoji", "a\uD834\uDD1Eb"));
    }

    /** Records with every section present or absent, every free shape, and {@code text} in every string. */
    public static Arbitrary<RunRecord> records(Arbitrary<String> text) {
        Arbitrary<Instant> instants = Arbitraries.longs().between(0, 4_000_000_000L)
                .flatMap(s -> Arbitraries.integers().between(0, 999_999_999).map(n -> Instant.ofEpochSecond(s, n)));
        Arbitrary<Double> doubles = Arbitraries.oneOf(Arbitraries.doubles().between(-1e12, 1e12),
                Arbitraries.of(0.0, -0.0, 1e-7, 1e21, 123456789.0, 0.1 + 0.2, Double.MIN_VALUE, Double.MAX_VALUE, 5e-324));
        Arbitrary<Long> longs = Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.of(0L, Long.MAX_VALUE, Long.MIN_VALUE));
        Arbitrary<Object> scalar = Arbitraries.oneOf(longs.map(l -> (Object) l), doubles.map(d -> (Object) d),
                text.map(s -> (Object) s), Arbitraries.integers().map(i -> (Object) i), Arbitraries.of(true, false).map(x -> (Object) x),
                Arbitraries.floats().map(f -> (Object) f), Arbitraries.just(null));
        Arbitrary<Object> nested = Arbitraries.oneOf(scalar, scalar.list().ofMaxSize(3).map(l -> (Object) l),
                Arbitraries.maps(text, scalar).ofMaxSize(3).map(m -> (Object) new LinkedHashMap<>(m)));
        Arbitrary<Map<String, Object>> params = Arbitraries.maps(text, nested).ofMaxSize(4)
                .map(m -> (Map<String, Object>) new LinkedHashMap<>(m)).injectNull(0.3);
        Arbitrary<Double> nonNeg = Arbitraries.doubles().between(0, 1e6);
        Arbitrary<Long> bytes = Arbitraries.longs().between(0, Long.MAX_VALUE / 2);
        Arbitrary<Metrics> metrics = Combinators.combine(nonNeg.injectNull(0.2), nonNeg.injectNull(0.2), nonNeg.injectNull(0.2),
                        bytes.injectNull(0.2), bytes.injectNull(0.5), Arbitraries.of("gnu-time", "bsd-time", "sampled"),
                        bytes.injectNull(0.5), bytes.injectNull(0.5))
                .as((w, u, s, rss, tree, src, rd, wr) -> new Metrics(w, u, s, 50.0, rss, tree, 1L, 2L, 3L, 4L, 5L, 6L, rd,
                        wr, src)).injectNull(0.1);
        Arbitrary<Map<String, CustomMetric>> custom = Arbitraries.maps(text,
                Combinators.combine(doubles, text.injectNull(0.3), Arbitraries.of(Better.class).injectNull(0.2))
                        .as(CustomMetric::new)).ofMaxSize(3).injectNull(0.5);
        Arbitrary<GitInfo> git = Combinators.combine(Arbitraries.strings().withChars("0123456789abcdef").ofLength(40),
                        Arbitraries.of(true, false).injectNull(0.2), instants, text.injectNull(0.5))
                .as((sha, dirty, t, d) -> new GitInfo(sha, sha.substring(0, 7), d, d, dirty, t, d)).injectNull(0.3);
        Arbitrary<HostInfo> host = Combinators.combine(text, text.injectNull(0.3), Arbitraries.integers().between(1, 256).injectNull(0.2),
                        bytes.injectNull(0.2), doubles.injectNull(0.3), Arbitraries.of(true, false))
                .as((id, os, cores, mem, load, ci) -> new HostInfo(id, id, os, "6.1", "amd64", os, cores, cores, mem,
                        ci ? new HostInfo.CiInfo("github-actions", "7", null, os) : null, load)).injectNull(0.2);
        Arbitrary<List<ProcessNode>> tree = Combinators.combine(Arbitraries.longs().between(1, 1 << 22), text,
                        nonNeg.injectNull(0.3), bytes.injectNull(0.3))
                .as((pid, cmd, t, rss) -> new ProcessNode(pid, pid - 1, cmd, t, t, t, rss, rss, null)).list().ofMaxSize(4).injectNull(0.4);
        Arbitrary<Timeline> timeline = Combinators.combine(nonNeg, bytes.injectNull(0.3), nonNeg.injectNull(0.3),
                        Arbitraries.integers().between(0, 50).injectNull(0.3))
                .as(Timeline.Point::new).list().ofMaxSize(5).injectNull(0.2)
                .map(ps -> new Timeline(100L, ps)).injectNull(0.4);
        Arbitrary<Sampling> sampling = Arbitraries.of(new Sampling("procfs", 100L, 10L, 42), new Sampling("oshi", 100L, null, null))
                .injectNull(0.5);
        Arbitrary<Map<String, String>> strings = Arbitraries.maps(text, text.injectNull(0.1)).ofMaxSize(3).injectNull(0.3);
        Arbitrary<Environment> env = Combinators.combine(strings, strings, strings).as(Environment::new).injectNull(0.3);
        Arbitrary<ObjectNode> userData = Arbitraries.maps(text, nested).ofMaxSize(3).map(m -> {
            ObjectNode n = JsonNodeFactory.instance.objectNode();
            m.forEach((k, v) -> n.set(k, RunJson.mapper().valueToTree(v)));
            return n;
        }).injectNull(0.5);
        Arbitrary<List<Profile>> profiles = Combinators.combine(Arbitraries.of("py-spy", "perf", "rprof"), text.injectNull(0.3),
                        Arbitraries.longs().between(1, 99999).injectNull(0.3), text.list().ofMaxSize(2).injectNull(0.5),
                        Arbitraries.longs().between(1, 99999).list().ofMaxSize(3).injectNull(0.6))
                .as((p, f, pid, w, pids) -> new Profile(p, "cpu", "folded", f, f, pid, pid, w, pids)).list().ofMaxSize(3).injectNull(0.5);
        Arbitrary<Repetition> repetition = Combinators.combine(text, Arbitraries.integers().between(0, 9), Arbitraries.of(true, false))
                .as((bt, i, w) -> new Repetition(bt, i, 10, w)).injectNull(0.5);
        return Builders.withBuilder(RunRecord::builder)
                .use(Arbitraries.strings().withChars("0123456789ABCDEFGHJKMNPQRSTVWXYZ").ofLength(26)).in((b, v) -> { b.id = v; return b; })
                .use(Arbitraries.strings().withChars("abc019._-").ofMaxLength(10).map(s -> "p" + s)).in((b, v) -> { b.process = v; return b; })
                .use(text.injectNull(0.5)).in((b, v) -> { b.suite = v; b.description = v; return b; })
                .use(text.injectNull(0.5)).in((b, v) -> { b.tag = v; b.language = v; b.task = v; return b; })
                .use(params).in((b, v) -> { b.params = v; return b; })
                .use(text.list().ofMinSize(1).ofMaxSize(4)).in((b, v) -> { b.command = v; return b; })
                .use(text.injectNull(0.3)).in((b, v) -> { b.cwd = v; return b; })
                .use(instants).in((b, v) -> { b.startedAt = v; b.endedAt = v.plusNanos(1_234_567); return b; })
                .use(Arbitraries.integers().between(0, 255).injectNull(0.2)).in((b, v) -> { b.exitCode = v; return b; })
                .use(Arbitraries.integers().between(1, 64).injectNull(0.7)).in((b, v) -> { b.signal = v; return b; })
                .use(Arbitraries.of(RunStatus.class)).in((b, v) -> { b.status = v; return b; })
                .use(repetition).in((b, v) -> { b.repetition = v; return b; })
                .use(git).in((b, v) -> { b.git = v; return b; })
                .use(host).in((b, v) -> { b.host = v; return b; })
                .use(metrics).in((b, v) -> { b.metrics = v; return b; })
                .use(custom).in((b, v) -> { b.customMetrics = v; return b; })
                .use(tree).in((b, v) -> { b.processTree = v; return b; })
                .use(timeline).in((b, v) -> { b.timeline = v; return b; })
                .use(sampling).in((b, v) -> { b.sampling = v; return b; })
                .use(env).in((b, v) -> { b.environment = v; return b; })
                .use(userData).in((b, v) -> { b.userData = v; return b; })
                .use(profiles).in((b, v) -> { b.profiles = v; return b; })
                .use(text.list().ofMaxSize(3).injectNull(0.5)).in((b, v) -> { b.warnings = v; return b; })
                .build(RunRecord.Builder::build);
    }
}
