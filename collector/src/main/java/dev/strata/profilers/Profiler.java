package dev.strata.profilers;

import dev.strata.measure.Launch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A language profiler run on the real workload. It either wraps the launch (puts itself in front
 * of the command or sets a variable the runtime reads) or attaches to the workload's PID once it
 * runs; after the workload ends it turns what it wrote into a profile. Each call gets the same
 * private directory for the profiler's files.
 */
public interface Profiler {

    /** Name used in {@code --profile}, the record and file names: {@code [a-z0-9][a-z0-9._-]*}. */
    String name();

    ProfileKind kind();

    /** Whether it can profile this command on this machine; if not, exactly why and how to fix it. */
    Availability availability(List<String> command);

    /** Wrapping profilers return the launch they need; attaching ones leave it as it is. */
    default Launch wrap(Launch launch, Path dir) throws IOException {
        return launch;
    }

    /** Attaching profilers start watching {@code workloadPid}; wrapping ones have nothing to attach. */
    default Attached attach(long workloadPid, Path dir) throws IOException {
        return Attached.NONE;
    }

    /** Called once the workload ended and {@link Attached#stop} returned: the profile it wrote. */
    ProfileOutput collect(Path dir) throws IOException;

    /** Every profile it wrote, for profilers with more than one view of their data (CPU and memory). */
    default List<ProfileOutput> collectAll(Path dir) throws IOException {
        return List.of(collect(dir));
    }
}
