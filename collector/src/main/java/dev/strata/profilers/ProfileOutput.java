package dev.strata.profilers;

import java.nio.file.Path;
import java.util.List;

/**
 * What a profiler produced. {@code folded} holds folded stacks when it could be converted
 * ({@code frame;frame count}, counts in the kind's unit), {@code opaque} a file kept as it is
 * (either may be null, not both); {@code opaqueExtension} names the opaque file's type.
 */
public record ProfileOutput(ProfileKind kind, Path folded, Path opaque, String opaqueExtension, Long samples,
                            Long targetPid, List<String> warnings) {

    public ProfileOutput {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public static ProfileOutput folded(ProfileKind kind, Path folded, long samples, Long targetPid,
                                       List<String> warnings) {
        return new ProfileOutput(kind, folded, null, null, samples, targetPid, warnings);
    }
}
