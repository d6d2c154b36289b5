package dev.strata.context;

import dev.strata.record.Environment;
import dev.strata.record.GitInfo;
import dev.strata.record.HostInfo;

import java.util.List;

/**
 * Everything known about a run before it starts: the machine, the code under test, runtimes and
 * libraries, variables, and what already makes the machine noisy. {@code noise} watches the
 * rest of the machine while the workload runs.
 */
public record RunContext(HostInfo host, GitInfo git, Environment environment, List<String> warnings,
                         NoiseWatch noise) {
}
