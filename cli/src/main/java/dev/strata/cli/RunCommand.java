package dev.strata.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.format.Units;
import dev.strata.context.LibrarySpec;
import dev.strata.measure.CustomMetrics;
import dev.strata.record.CustomMetric;
import dev.strata.measure.Launcher;
import dev.strata.profilers.Profiler;
import dev.strata.profilers.Profilers;
import dev.strata.run.Collector;
import dev.strata.run.RunOutcome;
import dev.strata.run.RunRequest;
import dev.strata.record.Metrics;
import dev.strata.store.ProcessKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "run", sortOptions = false,
        description = "Run a command exactly as given, measure it, and commit one run to the store.",
        footer = {"", "Example: strata run --name ingest-pbmc3k --tag v1.15 -- python ingest.py pbmc3k.h5ad",
                "Exit code: the workload's own (128+N when killed by signal N); 127 when the command is not found."})
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    Common common;
    @Mixin
    StoreOptions storeOptions;
    @Mixin
    RunOptions runOptions;

    @Option(names = "--name", paramLabel = "PROCESS",
            description = "Process name in the store ([a-z0-9][a-z0-9._-]{0,63}); default: program + hash of argv.")
    String name;
    @Option(names = "--description", description = "Free text shown on the site.")
    String description;
    @Option(names = "--meta", paramLabel = "KEY=VALUE", description = "User data to keep with the run (repeatable).")
    List<String> meta;
    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "A parameter of the workload, e.g. size=10000 (repeatable).")
    List<String> params;
    @Option(names = "--language", description = "Language of the workload (python, r, cpp, ...).")
    String language;
    @Option(names = "--task", description = "What the workload does, to compare languages doing the same task.")
    String task;
    @Option(names = "--timeout", description = "End the whole process tree after this long (e.g. 90s, 30m, 2h).")
    String timeout;
    @Option(names = "--meta-file", paramLabel = "FILE.json",
            description = "JSON to keep as user data (e.g. a TileDB stats dump); an object's fields are merged.")
    List<Path> metaFiles;
    @Option(names = "--libs", paramLabel = "LANG:NAME,...",
            description = "Record library versions: python:tiledbsoma,anndata  r:Seurat  java:lib.jar  native:libtiledb.")
    List<String> libs;
    @Option(names = "--env-var", paramLabel = "NAME", description = "Also record this environment variable (repeatable).")
    List<String> envVars;
    @Option(names = "--metric", paramLabel = "NAME=VALUE[UNIT]",
            description = "A metric measured elsewhere, e.g. cells_per_second=1.2e6[1/s] (repeatable; add :higher or :lower).")
    List<String> metrics;
    @Option(names = "--sample-interval", paramLabel = "DURATION",
            description = "How often to sample the process tree (default 100ms; 0 turns sampling off).")
    String sampleInterval = "100ms";
    @Option(names = "--capture-output", paramLabel = "SIZE", arity = "0..1", fallbackValue = "1MiB",
            description = "Keep a copy of stdout/stderr in the run folder, capped (default 1MiB per stream).")
    String captureOutput;

    @Option(names = "--profile", paramLabel = "PROFILER[,...]",
            description = "Profile the workload: py-spy, perf, rprof, memray, heaptrack, jfr, or"
                    + " 'custom:NAME=COMMAND with {pid} {out}' (repeatable; see strata profilers).")
    List<String> profile;

    @Parameters(arity = "1..*", paramLabel = "-- COMMAND", description = "The command and its arguments.")
    List<String> command;

    @Override
    public Integer call() throws Exception {
        if (name != null) {
            ProcessKey.require(name);
        }
        Path cwd = Path.of("").toAbsolutePath();
        ObjectNode userData = JsonNodeFactory.instance.objectNode();
        for (Path f : metaFiles == null ? List.<Path>of() : metaFiles) {
            MetaFiles.merge(userData, cwd.resolve(f));
        }
        KeyValues.parse("--meta", meta).forEach(userData::put);
        Map<String, Object> typedParams = new LinkedHashMap<>();
        KeyValues.parse("--param", params).forEach((k, v) -> typedParams.put(k, KeyValues.typed(v)));
        Path repoDir = runOptions.repoDir(cwd);
        List<LibrarySpec> libSpecs = new ArrayList<>();
        for (String l : libs == null ? List.<String>of() : libs) {
            libSpecs.add(LibrarySpec.parse(l));
        }
        Map<String, CustomMetric> metricValues = new LinkedHashMap<>();
        for (String m : metrics == null ? List.<String>of() : metrics) {
            var e = CustomMetrics.parseOption(m);
            metricValues.put(e.getKey(), e.getValue());
        }
        long sampleMillis = sampleInterval.trim().equals("0") ? 0
                : Durations.parse("--sample-interval", sampleInterval).toMillis();
        int captureBytes = captureOutput == null ? 0 : Sizes.parseInt("--capture-output", captureOutput);
        List<Profiler> profilers = Profilers.parse(profile);
        RunRequest req = RunRequest.builder(command, cwd)
                .name(name).tag(runOptions.tag).description(description).language(language).task(task)
                .params(typedParams).userData(userData).metrics(metricValues)
                .repoDir(repoDir).hostId(runOptions.hostId).libs(libSpecs).envVars(envVars == null ? List.of() : envVars)
                .timeout(Durations.parse("--timeout", timeout)).killGrace(Duration.ofSeconds(5))
                .sampleIntervalMillis(sampleMillis).captureBytes(captureBytes).profilers(profilers)
                .store(storeOptions.location(repoDir)).push(runOptions.push)
                .build();
        var err = spec.commandLine().getErr();
        RunOutcome outcome = new Collector(Launcher.withSystemTime(), System.getenv(),
                w -> err.println("strata: warning: " + w)).run(req);
        if (outcome.record() == null) {
            err.println("strata: " + outcome.message());
        } else {
            err.println("strata: recorded " + outcome.stored().path() + " in " + req.store().describe()
                    + summary(outcome.record().metrics(), outcome.exitCode()));
        }
        err.flush();
        return outcome.exitCode();
    }

    private static String summary(Metrics m, int exit) {
        StringBuilder sb = new StringBuilder();
        if (m != null) {
            if (m.wallSeconds() != null) {
                sb.append(" · wall ").append(Units.seconds(m.wallSeconds()));
            }
            if (m.userSeconds() != null) {
                sb.append(" · user ").append(Units.seconds(m.userSeconds()));
            }
            if (m.maxRssBytes() != null) {
                sb.append(" · max RSS ").append(Units.bytes(m.maxRssBytes()));
            }
        }
        return sb.append(" · exit ").append(exit).toString();
    }
}
