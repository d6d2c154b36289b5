package dev.strata.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.profilers.Profilers;
import dev.strata.record.Repetition;
import dev.strata.record.RunJson;
import dev.strata.record.RunRecord;
import dev.strata.run.Collector;
import dev.strata.run.MeasuredRun;
import dev.strata.run.RunRequest;
import dev.strata.measure.Launcher;
import dev.strata.store.RunFiles;
import dev.strata.suite.Batch;
import dev.strata.suite.PlannedRun;
import dev.strata.suite.RunExecutor;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A suite's runs through the collector's run path: measured and labelled here, committed by the suite per batch. */
final class SuiteExecutor implements RunExecutor {

    private final Collector collector;
    private final Path repoDir;
    private final String hostId;

    private SuiteExecutor(Collector collector, Path repoDir, String hostId) {
        this.collector = collector;
        this.repoDir = repoDir;
        this.hostId = hostId;
    }

    static SuiteExecutor create(Path repoDir, String hostId, PrintWriter err) {
        return new SuiteExecutor(new Collector(Launcher.withSystemTime(), System.getenv(),
                w -> err.println("strata: warning: " + w)), repoDir, hostId);
    }

    @Override
    public Measured execute(Batch b, PlannedRun r) throws IOException {
        RunRequest req = RunRequest.builder(b.command(), b.cwd()).name(b.process()).suite(b.suite()).tag(b.tag())
                .description(b.description()).language(b.language()).task(b.task()).params(b.params())
                .repetition(new Repetition(b.id(), r.index(), r.of(), r.warmup())).repoDir(repoDir).hostId(hostId)
                .libs(b.libs()).timeout(b.timeout()).env(b.env())
                .profilers(r.profiled() ? Profilers.parse(b.profilers()) : List.of()).build();
        if (b.metaFile() != null) {
            Files.deleteIfExists(b.metaFile()); // what a previous run left must not pass for this run's
        }
        MeasuredRun m = collector.measure(req);
        if (m.record() == null) {
            return new Measured(null, null, m.exitCode(), m.message(),
                    m.message() != null && m.message().startsWith("interrupted"), m);
        }
        if (b.metaFile() == null) {
            return new Measured(m.record(), m.files(), m.exitCode(), null, false, m);
        }
        RunRecord rec = withMetaFile(m.record(), b.metaFile());
        RunFiles files = new RunFiles(m.files().process(), m.files().startedAt(), RunJson.write(rec), m.files().attachments());
        return new Measured(rec, files, m.exitCode(), null, false, m);
    }

    /** The JSON the workload left at {@code meta-file}, merged into the user data; a missing or bad file is a warning. */
    static RunRecord withMetaFile(RunRecord rec, Path file) {
        RunRecord.Builder b = rec.toBuilder();
        List<String> warnings = new ArrayList<>(rec.warnings() == null ? List.of() : rec.warnings());
        try {
            ObjectNode data = rec.userData() == null ? JsonNodeFactory.instance.objectNode() : rec.userData().deepCopy();
            MetaFiles.merge(data, file);
            b.userData = data;
        } catch (RuntimeException e) {
            warnings.add("meta-file " + file + " not kept: " + (Files.exists(file) ? e.getMessage() : "the workload did not write it"));
        }
        b.warnings = warnings.isEmpty() ? null : warnings;
        return b.build();
    }
}
