package dev.strata.cli.recipe;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The recipe as a whole: the example workflow run on this machine for one event, its matrix jobs at
 * once (each in its own clone, as on separate runners), then the jobs that need them. Jobs for
 * runners other than Linux are listed but not run: this machine is one.
 */
final class Recipe {

    /** One job of the matrix, or a plain job: its matrix values and what it did. */
    record JobRun(String job, Map<String, String> matrix, JobRunner.Result result) {
    }

    private final Workflow workflow;
    private final Path actionHome;
    private final Path work;
    private final AtomicInteger jobs = new AtomicInteger();
    /** The matrix entries of the last event that need a runner other than this machine. */
    final List<Map<String, String>> notRunHere = new ArrayList<>();

    Recipe(Path workflowFile, Path actionHome, Path work) throws IOException {
        this.workflow = Workflow.read(workflowFile);
        this.actionHome = actionHome;
        this.work = work;
    }

    /**
     * The strata action as this checkout of strata provides it: action.yml and its scripts, with the
     * launcher starting strata from the test's class path (the jar is not built by the tests).
     */
    static Path stageAction(Path repoRoot, Path into) throws IOException {
        Files.createDirectories(into.resolve("action"));
        Files.copy(repoRoot.resolve("action.yml"), into.resolve("action.yml"), StandardCopyOption.REPLACE_EXISTING);
        try (var s = Files.list(repoRoot.resolve("action"))) {
            for (Path p : s.toList()) {
                Files.copy(p, into.resolve("action").resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path launcher = into.resolve("strata");
        Files.writeString(launcher, "#!/usr/bin/env bash\nexec '" + java + "' -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
                + " -cp '" + System.getProperty("java.class.path") + "' dev.strata.cli.Main \"$@\"\n");
        launcher.toFile().setExecutable(true);
        return into;
    }

    List<JobRun> run(Event event) throws Exception {
        notRunHere.clear();
        Map<String, String> workflowEnv = Workflow.strings(workflow.root().path("env"));
        List<JobRun> done = new ArrayList<>();
        for (String id : List.of("measure", "site")) {
            JsonNode job = workflow.job(id);
            if (!JobRunner.jobCondition(event, job.path("if").asText(null))) {
                continue;
            }
            if (job.has("needs") && done.stream().anyMatch(j -> j.result().failed())) {
                continue;
            }
            List<Future<JobRun>> running = new ArrayList<>();
            ExecutorService pool = Executors.newCachedThreadPool();
            try {
                for (Map<String, String> m : Workflow.matrix(job)) {
                    String runsOn = JobRunner.jobValue(event, m, job.path("runs-on").asText());
                    if (!runsOn.startsWith("ubuntu")) {
                        notRunHere.add(m);
                        continue;
                    }
                    Path dir = work.resolve(event.name() + "-" + id + "-" + jobs.incrementAndGet());
                    running.add(pool.submit(() -> new JobRun(id, m,
                            new JobRunner(event, actionHome, workflowEnv, m, dir).run(job))));
                }
                for (Future<JobRun> f : running) {
                    done.add(f.get());
                }
            } finally {
                pool.shutdownNow();
            }
        }
        return done;
    }
}
