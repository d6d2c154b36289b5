package dev.strata.cli;

import dev.strata.record.CustomMetric;
import dev.strata.record.Better;
import dev.strata.record.GitInfo;
import dev.strata.record.HostInfo;
import dev.strata.record.Metrics;
import dev.strata.record.Repetition;
import dev.strata.record.RunJson;
import dev.strata.record.RunRecord;
import dev.strata.record.RunStatus;
import dev.strata.store.GitStore;
import dev.strata.store.RunFiles;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real code repository (JGit) with commits, and a real store (GitStore) holding runs of those
 * commits, for driving {@code strata check} and {@code strata detect} end to end through Main.run.
 */
final class GateFixture {

    final Path code;
    final Path store;
    final List<String> shas = new ArrayList<>();

    GateFixture(Path dir, int commits) throws Exception {
        code = dir.resolve("code");
        store = dir.resolve("results");
        try (Git git = Git.init().setDirectory(code.toFile()).setInitialBranch("main").call()) {
            for (int i = 0; i < commits; i++) {
                PersonIdent who = new PersonIdent("Dev", "dev@example.org",
                        Instant.parse("2026-01-01T00:00:00Z").plusSeconds(86_400L * i), java.time.ZoneOffset.UTC);
                RevCommit c = git.commit().setAllowEmpty(true).setMessage("change " + i)
                        .setAuthor(who).setCommitter(who).setSign(false).call();
                shas.add(c.name());
            }
        }
        GitStore.openOrCreate(store).close();
    }

    /** Records {@code reps} runs of {@code process} at commit {@code i}, wall times around {@code wallSeconds}. */
    void record(String process, int i, int reps, double wallSeconds, String tag) {
        List<RunFiles> files = new ArrayList<>();
        for (int r = 0; r < reps; r++) {
            double j = 1 + 0.01 * ((r * 7 + i * 3) % 5 - 2);
            RunRecord.Builder b = RunRecord.builder();
            b.id = String.format("01JD%04d%04d%014d", i, r, 0);
            b.process = process;
            b.tag = tag;
            b.startedAt = Instant.parse("2026-02-01T00:00:00Z").plusSeconds(600L * (i * 100 + r));
            b.endedAt = b.startedAt.plusMillis((long) (wallSeconds * j * 1000));
            b.status = RunStatus.OK;
            b.exitCode = 0;
            b.repetition = new Repetition("batch-" + i, r, reps, false);
            b.git = new GitInfo(shas.get(i), shas.get(i).substring(0, 7), "main", null, false,
                    Instant.parse("2026-01-01T00:00:00Z").plusSeconds(86_400L * i), null);
            b.host = new HostInfo("ci-linux", "runner", "Linux", "6.1", "x86_64", "cpu", 2, 2, 8L << 30, null, 0.2);
            b.metrics = new Metrics(wallSeconds * j, wallSeconds * j * 0.9, 0.1, 90.0, (long) (300e6 * j),
                    (long) (300e6 * j), 0L, 5000L, 10L, 3L, 0L, 16L, null, null, Metrics.GNU_TIME);
            b.customMetrics = Map.of("cells_per_second", new CustomMetric(1e6 / wallSeconds / j, "1/s", Better.HIGHER));
            RunRecord rec = b.build();
            files.add(RunFiles.of(process, rec.startedAt(), RunJson.write(rec)));
        }
        try (GitStore s = GitStore.open(store)) {
            s.writeAll(files, "runs of " + process + " at commit " + i);
        }
    }

    /** Commits {@code strata.yaml} to the root of the store, next to the runs. */
    void config(String yaml) throws Exception {
        try (GitStore s = GitStore.open(store); ObjectInserter ins = s.repository().newObjectInserter();
             ObjectReader reader = s.repository().newObjectReader(); RevWalk rw = new RevWalk(reader)) {
            Repository repo = s.repository();
            ObjectId tip = repo.resolve(s.refName());
            RevCommit parent = rw.parseCommit(tip);
            DirCache dc = DirCache.newInCore();
            DirCacheBuilder b = dc.builder();
            b.addTree(new byte[0], 0, reader, parent.getTree());
            DirCacheEntry e = new DirCacheEntry("strata.yaml");
            e.setFileMode(FileMode.REGULAR_FILE);
            e.setObjectId(ins.insert(Constants.OBJ_BLOB, yaml.getBytes(StandardCharsets.UTF_8)));
            b.add(e);
            b.finish();
            CommitBuilder cb = new CommitBuilder();
            cb.setTreeId(dc.writeTree(ins));
            cb.setParentId(tip);
            PersonIdent me = new PersonIdent("strata", "strata@localhost");
            cb.setAuthor(me);
            cb.setCommitter(me);
            cb.setMessage("settings\n");
            ObjectId commit = ins.insert(cb);
            ins.flush();
            RefUpdate ru = repo.updateRef(s.refName());
            ru.setExpectedOldObjectId(tip);
            ru.setNewObjectId(commit);
            if (ru.update() != RefUpdate.Result.FAST_FORWARD) {
                throw new IllegalStateException("could not commit strata.yaml");
            }
        }
    }

    /** Runs {@code strata ARGS} in-process. */
    static Result strata(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    record Result(int exitCode, String out, String err) {
    }
}
