package dev.strata.context;

import dev.strata.record.Environment;
import dev.strata.record.GitInfo;
import dev.strata.record.HostInfo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Takes a run's context just before its workload starts. Git facts (JGit's start-up and a status
 * walk) are read on a second thread while host facts and library versions are read on this one.
 */
public final class ContextCapture {

    /**
     * What to capture beyond the defaults.
     *
     * @param repoDir the code under test
     * @param hostId  the series key of this machine, or null for the derived one
     * @param libs    library versions to ask for
     * @param envVars variables to record beyond the allow-list
     */
    public record Options(Path repoDir, String hostId, List<LibrarySpec> libs, List<String> envVars) {
        public Options {
            libs = libs == null ? List.of() : List.copyOf(libs);
            envVars = envVars == null ? List.of() : List.copyOf(envVars);
        }
    }

    private final Map<String, String> env;

    public ContextCapture(Map<String, String> env) {
        this.env = env;
    }

    public RunContext capture(Options o, List<String> command, Path cwd) {
        List<String> gitWarnings = new ArrayList<>();
        CompletableFuture<GitInfo> git = CompletableFuture.supplyAsync(() -> GitContext.of(o.repoDir(), gitWarnings));
        HostInfo host = HostContext.capture(env, o.hostId() != null ? o.hostId() : env.get("STRATA_HOST_ID"));
        LibraryProbe.Versions versions = LibraryProbe.probe(o.libs(), command, cwd);
        List<String> warnings = new ArrayList<>(versions.warnings());
        NoiseWatch noise = NoiseWatch.start(host);
        GitInfo gitInfo = git.join();
        warnings.addAll(gitWarnings);
        Map<String, String> vars = EnvironmentVariables.capture(env, o.envVars());
        Map<String, String> runtimes = new LinkedHashMap<>(versions.runtimes());
        runtimes.putIfAbsent("strata-java", System.getProperty("java.version"));
        Environment environment = new Environment(runtimes,
                versions.libraries().isEmpty() ? null : versions.libraries(), vars.isEmpty() ? null : vars);
        return new RunContext(host, gitInfo, environment, warnings, noise);
    }
}
