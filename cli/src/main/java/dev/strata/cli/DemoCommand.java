package dev.strata.cli;

import dev.strata.run.Collector;
import dev.strata.measure.Launcher;
import dev.strata.run.RunOutcome;
import dev.strata.run.RunRequest;
import dev.strata.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "demo", description = "Measure the bundled example workloads into ./results and build ./site.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    Common common;
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--out", paramLabel = "DIR", description = "Site directory (default: ./site).")
    Path out = Path.of("site");
    @Option(names = "--examples", paramLabel = "DIR", description = "Examples directory (default: ./examples).")
    Path examples;

    record Workload(String name, String language, String task, Map<String, Object> params, List<String> command) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Path home = Path.of(System.getProperty("strata.home", "")).toAbsolutePath();
        Path ex = examples != null ? examples.toAbsolutePath() : home.resolve("examples");
        if (!Files.isDirectory(ex.resolve("python"))) {
            throw new Errors.UsageException("examples not found at " + ex + " (use --examples DIR)");
        }
        StoreLocation store = storeOptions.location();
        Collector collector = new Collector(Launcher.withSystemTime(), System.getenv(),
                w -> err.println("strata demo: warning: " + w));
        int failures = 0;
        for (Workload w : workloads(ex, err)) {
            err.println("strata demo: " + w.name() + " " + w.params());
            RunRequest req = RunRequest.builder(w.command(), ex)
                    .name(w.name()).tag("demo").description("bundled example").language(w.language()).task(w.task())
                    .params(w.params()).repoDir(home).timeout(Duration.ofMinutes(5)).store(store)
                    .build();
            RunOutcome o = collector.run(req);
            if (o.exitCode() != 0) {
                failures++;
                err.println("strata demo: " + w.name() + " exited " + o.exitCode()
                        + (o.message() == null ? "" : ": " + o.message()));
            }
        }
        int code = ReportCommand.build(store.localDir(), null, out, dev.strata.site.SiteOptions.defaults("strata demo"), err);
        return failures > 0 ? 1 : code;
    }

    private static List<Workload> workloads(Path ex, PrintWriter err) throws Exception {
        String py = ex.resolve("python").toString();
        List<Workload> list = new ArrayList<>();
        for (int cells : new int[]{2000, 4000, 8000}) {
            list.add(new Workload("ingest-py", "python", "ingest", Map.of("cells", (long) cells),
                    List.of("python3", py + "/ingest.py", "--cells", Integer.toString(cells))));
        }
        list.add(new Workload("workers-py", "python", "workers", Map.of("workers", 3L),
                List.of("python3", py + "/workers.py", "--workers", "3")));
        // the same task in three languages, for the languages page
        list.add(new Workload("normalize-py", "python", "normalize", Map.of("cells", 3000L),
                List.of("python3", py + "/normalize.py", "--cells", "3000")));
        if (onPath("Rscript")) {
            list.add(new Workload("normalize-r", "r", "normalize", Map.of("cells", 3000L),
                    List.of("Rscript", ex.resolve("r/normalize.R").toString(), "3000")));
        } else {
            err.println("strata demo: Rscript not found, skipping the R example");
        }
        if (onPath("g++")) {
            Path bin = Files.createTempDirectory("strata-demo").resolve("normalize");
            Process cc = new ProcessBuilder("g++", "-O2", "-o", bin.toString(), ex.resolve("cpp/normalize.cpp").toString())
                    .inheritIO().start();
            if (cc.waitFor() == 0) {
                list.add(new Workload("normalize-cpp", "cpp", "normalize", Map.of("cells", 3000L),
                        List.of(bin.toString(), "3000")));
            } else {
                err.println("strata demo: g++ failed on the C++ example, skipping it");
            }
        } else {
            err.println("strata demo: g++ not found, skipping the C++ example");
        }
        return list;
    }

    private static boolean onPath(String program) {
        return dev.strata.measure.CommandLookup.find(program, System.getenv("PATH"), Path.of("").toAbsolutePath())
                .isPresent();
    }
}
