package dev.strata.profilers;

import dev.strata.flame.Palette;

import java.nio.file.Path;
import java.util.List;

/**
 * What a profiler produced. {@code folded} holds folded stacks when it could be converted
 * ({@code frame;frame count}, counts in the kind's unit), {@code opaque} a file kept as it is
 * (either may be null, not both); {@code opaqueExtension} names the opaque file's type.
 * {@code palette} null lets the flamegraph guess from the frame names. {@code name} null files it
 * under the profiler's name; a profiler with a second view of the same data names it
 * ({@code rprof-memory}). {@code targetPids}: every process sampled, kept when there were several.
 */
public record ProfileOutput(ProfileKind kind, Path folded, Path opaque, String opaqueExtension, Long samples,
                            Long targetPid, Palette palette, List<String> warnings, String name,
                            List<Long> targetPids) {

    public ProfileOutput {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        targetPids = targetPids == null || targetPids.size() < 2 ? null : List.copyOf(targetPids);
    }

    public ProfileOutput(ProfileKind kind, Path folded, Path opaque, String opaqueExtension, Long samples,
                         Long targetPid, Palette palette, List<String> warnings) {
        this(kind, folded, opaque, opaqueExtension, samples, targetPid, palette, warnings, null, null);
    }

    public ProfileOutput(ProfileKind kind, Path folded, Path opaque, String opaqueExtension, Long samples,
                         Long targetPid, Palette palette, List<String> warnings, String name) {
        this(kind, folded, opaque, opaqueExtension, samples, targetPid, palette, warnings, name, null);
    }

    public static ProfileOutput folded(ProfileKind kind, Path folded, Long samples, Long targetPid,
                                       List<String> warnings) {
        return new ProfileOutput(kind, folded, null, null, samples, targetPid, null, warnings);
    }

    public static ProfileOutput opaque(ProfileKind kind, Path file, String extension, Long targetPid,
                                       List<String> warnings) {
        return new ProfileOutput(kind, null, file, extension, null, targetPid, null, warnings);
    }

    public ProfileOutput withPalette(Palette p) {
        return new ProfileOutput(kind, folded, opaque, opaqueExtension, samples, targetPid, p, warnings, name,
                targetPids);
    }

    public ProfileOutput withName(String n) {
        return new ProfileOutput(kind, folded, opaque, opaqueExtension, samples, targetPid, palette, warnings, n,
                targetPids);
    }

    /** The same output, sampled from these processes. */
    public ProfileOutput withTargetPids(List<Long> pids) {
        return new ProfileOutput(kind, folded, opaque, opaqueExtension, samples, targetPid, palette, warnings, name,
                pids);
    }
}
