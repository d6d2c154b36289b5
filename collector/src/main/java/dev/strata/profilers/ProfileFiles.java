package dev.strata.profilers;

import dev.strata.flame.FlameGraph;
import dev.strata.flame.FlameOptions;
import dev.strata.flame.FoldedStacks;
import dev.strata.flame.Palette;
import dev.strata.record.Profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Lays one profiler's output out as files of the run folder: the folded stacks and a speedscope
 * copy under {@code profiles/}, the flamegraph under {@code flamegraphs/}; a profile that could
 * not be converted is kept as an opaque attachment. Memory profiles are drawn in bytes with the
 * memory palette.
 */
public final class ProfileFiles {

    public record Written(Profile profile, SortedMap<String, Path> files) {
    }

    private ProfileFiles() {
    }

    public static Written write(String profiler, ProfileOutput o, Path outDir) throws IOException {
        SortedMap<String, Path> files = new TreeMap<>();
        Path dir = Files.createDirectories(outDir.resolve(profiler));
        if (o.folded() == null) {
            if (o.opaque() == null) {
                throw new IOException("it produced neither folded stacks nor a file");
            }
            String file = "profiles/" + profiler + "." + o.opaqueExtension();
            files.put(file, o.opaque());
            return new Written(new Profile(profiler, o.kind().label(), "opaque", file, null, o.targetPid(),
                    o.samples(), o.warnings().isEmpty() ? null : o.warnings()), files);
        }
        FoldedStacks stacks;
        try (InputStream in = Files.newInputStream(o.folded())) {
            stacks = FoldedStacks.read(in, profiler + ".folded", false);
        }
        if (stacks.totalSamples(0) <= 0) {
            throw new IOException("its profile holds no samples (was the workload too short for its sampling rate?)");
        }
        String folded = "profiles/" + profiler + ".folded";
        String svg = "flamegraphs/" + profiler + ".svg";
        String speedscope = "profiles/" + profiler + ".speedscope.json";
        Path svgFile = dir.resolve("flame.svg");
        FlameOptions options = FlameOptions.defaults().withTitle(profiler + " · " + o.kind().label() + " profile")
                .withUnit(o.kind().unit());
        if (o.kind() == ProfileKind.MEMORY) {
            options = options.withPalette(Palette.MEMORY).withSubtitle("memory, in bytes");
        } else if (o.palette() != null) {
            options = options.withPalette(o.palette());
        }
        try (OutputStream out = Files.newOutputStream(svgFile)) {
            FlameGraph.render(stacks, options, out);
        }
        Path ssFile = dir.resolve("speedscope.json");
        try (OutputStream out = Files.newOutputStream(ssFile)) {
            FoldedToSpeedscope.write(stacks, profiler, o.kind().unit(), out);
        }
        files.put(folded, o.folded());
        files.put(svg, svgFile);
        files.put(speedscope, ssFile);
        if (o.opaque() != null) {
            files.put("profiles/" + profiler + "." + o.opaqueExtension(), o.opaque());
        }
        long samples = o.samples() != null ? o.samples() : Math.round(stacks.totalSamples(0));
        return new Written(new Profile(profiler, o.kind().label(), "folded", folded, svg, o.targetPid(), samples,
                o.warnings().isEmpty() ? null : o.warnings(), o.targetPids()), files);
    }
}
