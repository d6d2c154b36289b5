package dev.strata.store;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.random.RandomGenerator;
import java.util.zip.Deflater;

/**
 * The results store: a Git repository (bare or not) whose branch holds one folder per run,
 * {@code <process>/<date-time>-<rand>/run.json}. Commits go straight to the branch through
 * the object inserter, never through a work tree or an index.
 */
public final class GitStore implements Store {

    public static final String DEFAULT_BRANCH = "main";
    private static final PersonIdent IDENT_TEMPLATE = new PersonIdent("strata", "strata@localhost");
    private static final long STALE_REF_LOCK_MILLIS = 500;
    private static final int BULK_RUNS = 200;

    private final Repository repo;
    private final String refName;
    private final Path lockFile;
    private final RandomGenerator random;

    private GitStore(Repository repo, String refName) {
        this.repo = repo;
        this.refName = refName;
        this.lockFile = repo.getDirectory().toPath().resolve("strata.lock");
        this.random = new Random();
    }

    /** Opens the store at {@code dir}, creating a bare repository there on first use. */
    public static GitStore openOrCreate(Path dir) {
        GitSystemConfig.install();
        if (!isRepository(dir)) {
            try {
                Files.createDirectories(dir);
                // two collectors may start on a fresh store at once: one creates it, the other waits
                try (StoreLock lock = StoreLock.acquire(dir.resolve("strata.lock"))) {
                    if (!isRepository(dir)) {
                        UnfinishedInit.clear(dir);
                        Git.init().setBare(true).setDirectory(dir.toFile()).setInitialBranch(DEFAULT_BRANCH)
                                .call().close();
                    }
                }
            } catch (IOException | GitAPIException e) {
                throw new StoreException("cannot create store at " + dir + ": " + e.getMessage(), e);
            }
        }
        return open(dir);
    }

    /** Opens an existing store; says so clearly when {@code dir} is not one. */
    public static GitStore open(Path dir) {
        GitSystemConfig.install();
        if (!isRepository(dir)) {
            throw new StoreException("no store at " + dir + " (not a Git repository; `strata run` creates one)");
        }
        try {
            Path gitDir = Files.isDirectory(dir.resolve(".git")) ? dir.resolve(".git") : dir;
            Repository repo = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setMustExist(true).build();
            return new GitStore(repo, branchOf(repo));
        } catch (IOException e) {
            throw new StoreException("cannot open store at " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * The branch a store's runs are on: the one its HEAD names. A store made by {@code git init --bare}
     * names {@code master} (or whatever init.defaultBranch says) while runs pushed through a URL store
     * land on {@code main}; when HEAD's branch does not exist yet and {@code main} does, the runs are there.
     */
    private static String branchOf(Repository repo) throws IOException {
        String full = repo.getFullBranch();
        String ref = full != null && full.startsWith(Constants.R_HEADS) ? full : Constants.R_HEADS + DEFAULT_BRANCH;
        String main = Constants.R_HEADS + DEFAULT_BRANCH;
        if (repo.exactRef(ref) == null && !ref.equals(main) && repo.exactRef(main) != null) {
            return main;
        }
        return ref;
    }

    /**
     * Refuses the branch a work tree has checked out: strata commits without touching the index or
     * the work tree, so every new run would show as a staged deletion and the user's next commit
     * would drop it.
     */
    public void requireWritable() {
        try {
            if (!repo.isBare() && refName.equals(repo.getFullBranch())) {
                String branch = Repository.shortenRefName(refName);
                throw new StoreException(repo.getWorkTree() + " is a clone with " + branch + " checked out, and strata"
                        + " writes runs behind a work tree's back (your next commit there would drop them): use a bare"
                        + " store (git clone --bare " + repo.getWorkTree() + " results.git) or keep the runs on a branch"
                        + " of their own (--store-branch NAME)");
            }
        } catch (IOException e) {
            throw new StoreException("cannot read HEAD of " + repo.getDirectory() + ": " + e.getMessage(), e);
        }
    }

    /** A store on {@code refName} of an already open repository (a branch of the code repository). */
    static GitStore onBranch(Repository repo, String refName) {
        return new GitStore(repo, refName);
    }

    static boolean isRepository(Path dir) {
        if (Files.isDirectory(dir.resolve(".git"))) {
            return true;
        }
        // the config is written last: a folder without it is a creation that did not finish
        return Files.isRegularFile(dir.resolve("HEAD")) && Files.isDirectory(dir.resolve("objects"))
                && Files.isDirectory(dir.resolve("refs")) && Files.isRegularFile(dir.resolve("config"));
    }

    public Repository repository() {
        return repo;
    }

    /** The branch runs are committed to, e.g. {@code refs/heads/main}. */
    public String refName() {
        return refName;
    }

    /** The commit at the tip of the store's branch, or null while the store is empty. */
    public ObjectId tip() {
        try {
            Ref ref = repo.exactRef(refName);
            return ref == null ? null : ref.getObjectId();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public StoredRun write(RunFiles run) {
        return writeAll(List.of(run), null).get(0);
    }

    @Override
    public List<StoredRun> writeAll(List<RunFiles> runs, String message) {
        if (runs.isEmpty()) {
            return List.of();
        }
        requireWritable();
        jdkSha1(true);
        try {
            return insert(runs, message);
        } finally {
            jdkSha1(false);
        }
    }

    /*
     * The ids of what strata writes itself are hashed with the JDK's SHA-1 (an intrinsic: about 3x
     * JGit's collision-detecting one, which is 5 ms of a commit on a 1 MB process folder). Collision
     * detection guards objects received from others, so it is switched off only around a commit and
     * every fetch keeps JGit's default; a choice made with the system property stands.
     */
    private static final String SHA1_PROPERTY = "org.eclipse.jgit.util.sha1.implementation";
    private static int sha1Writers;
    private static boolean sha1Ours;

    private static synchronized void jdkSha1(boolean on) {
        if (on) {
            if (sha1Writers++ == 0 && System.getProperty(SHA1_PROPERTY) == null) {
                System.setProperty(SHA1_PROPERTY, "jdkNative");
                sha1Ours = true;
            }
        } else if (--sha1Writers == 0 && sha1Ours) {
            System.clearProperty(SHA1_PROPERTY);
            sha1Ours = false;
        }
    }

    private List<StoredRun> insert(List<RunFiles> runs, String message) {
        try (StoreLock lock = StoreLock.acquire(lockFile);
             ObjectInserter ins = inserterFor(runs.size());
             ObjectReader reader = ins.newReader()) {
            List<ObjectId> runTrees = new ArrayList<>(runs.size());
            List<String> folders = new ArrayList<>(runs.size());
            for (RunFiles run : runs) {
                runTrees.add(writeRunTree(ins, run));
                folders.add(RunFolderName.of(run.startedAt(), random));
            }
            for (int attempt = 0; ; attempt++) {
                ObjectId tip = tip();
                RevCommit parent = tip == null ? null : parseCommit(reader, tip);
                Map<String, List<Trees.Entry>> byProcess = new LinkedHashMap<>();
                for (int i = 0; i < runs.size(); i++) {
                    byProcess.computeIfAbsent(runs.get(i).process(), k -> new ArrayList<>())
                            .add(new Trees.Entry(folders.get(i), FileMode.TREE, runTrees.get(i)));
                }
                for (List<Trees.Entry> l : byProcess.values()) {
                    l.sort(Trees.GIT_ORDER);
                }
                ObjectId root;
                try {
                    root = Trees.splice(reader, ins, parent == null ? null : parent.getTree(), byProcess);
                } catch (Trees.NameTaken taken) {
                    int i = folders.indexOf(taken.name);
                    folders.set(i, RunFolderName.of(runs.get(i).startedAt(), random));
                    continue;
                }
                String msg = message != null ? message
                        : "run " + runs.get(0).process() + "/" + folders.get(0);
                ObjectId commit = insertCommit(ins, root, parent, msg, null, null);
                ins.flush();
                if (updateRef(tip, commit, attempt)) {
                    List<StoredRun> out = new ArrayList<>(runs.size());
                    for (int i = 0; i < runs.size(); i++) {
                        out.add(new StoredRun(runs.get(i).process(), folders.get(i), commit.name()));
                    }
                    return out;
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot write to store " + repo.getDirectory() + ": " + e.getMessage(), e);
        }
    }

    /*
     * One run: loose objects (cheap to write, no pack per run piling up). A bulk batch (suite,
     * import): one pack, so a 100k-run import does not leave 200k loose files behind.
     */
    private ObjectInserter inserterFor(int runs) {
        if (runs >= BULK_RUNS && repo.getObjectDatabase() instanceof ObjectDirectory dir) {
            return dir.newPackInserter();
        }
        return fastLooseInserter();
    }

    /*
     * The process folder's tree is rewritten loose on every commit (about 1 MB at 17,000 runs):
     * zlib's default level spends most of a commit deflating it, level 1 takes half the time for a
     * file 2% larger. The level is set in memory just while the inserter reads it, so no config
     * file ever keeps it; a level the user chose (core.compression) stands.
     */
    private ObjectInserter fastLooseInserter() {
        StoredConfig cfg = repo.getConfig();
        if (cfg.getString(ConfigConstants.CONFIG_CORE_SECTION, null, ConfigConstants.CONFIG_KEY_COMPRESSION) != null) {
            return repo.newObjectInserter();
        }
        synchronized (cfg) {
            cfg.setInt(ConfigConstants.CONFIG_CORE_SECTION, null, ConfigConstants.CONFIG_KEY_COMPRESSION,
                    Deflater.BEST_SPEED);
            try {
                return repo.newObjectInserter();
            } finally {
                cfg.unset(ConfigConstants.CONFIG_CORE_SECTION, null, ConfigConstants.CONFIG_KEY_COMPRESSION);
            }
        }
    }

    private ObjectId writeRunTree(ObjectInserter ins, RunFiles run) throws IOException {
        Map<String, ObjectId> blobs = new LinkedHashMap<>();
        blobs.put("run.json", Trees.insertBlob(ins, run.runJson()));
        for (Map.Entry<String, Path> a : run.attachments().entrySet()) {
            try (var in = Files.newInputStream(a.getValue())) {
                blobs.put(a.getKey(), ins.insert(Constants.OBJ_BLOB, Files.size(a.getValue()), in));
            }
        }
        return Trees.writePaths(ins, blobs);
    }

    private static RevCommit parseCommit(ObjectReader reader, ObjectId id) throws IOException {
        try (RevWalk rw = new RevWalk(reader)) {
            return rw.parseCommit(id);
        }
    }

    ObjectId insertCommit(ObjectInserter ins, ObjectId tree, ObjectId parent, String message,
                          PersonIdent author, PersonIdent committer) throws IOException {
        PersonIdent now = new PersonIdent(IDENT_TEMPLATE, Instant.now());
        CommitBuilder cb = new CommitBuilder();
        cb.setTreeId(tree);
        if (parent != null) {
            cb.setParentId(parent);
        }
        cb.setAuthor(author != null ? author : now);
        cb.setCommitter(committer != null ? committer : now);
        cb.setMessage(StoreSchema.stamp(message));
        return ins.insert(cb);
    }

    /** Compare-and-set of the branch; false when someone else moved it first (the caller retries). */
    boolean updateRef(ObjectId expected, ObjectId commit, int attempt) throws IOException {
        return updateRef(expected, commit, attempt, false);
    }

    /** {@code rewrite}: the new commit need not descend from the old one (re-parenting); still compare-and-set. */
    boolean updateRef(ObjectId expected, ObjectId commit, int attempt, boolean rewrite) throws IOException {
        RefUpdate ru = repo.updateRef(refName);
        ru.setForceUpdate(rewrite);
        ru.setExpectedOldObjectId(expected == null ? ObjectId.zeroId() : expected);
        ru.setNewObjectId(commit);
        ru.setRefLogMessage("strata", false);
        RefUpdate.Result r = ru.update();
        switch (r) {
            case NEW, FAST_FORWARD, FORCED, NO_CHANGE:
                return true;
            case LOCK_FAILURE:
                clearStaleRefLock();
                if (attempt > 200) {
                    throw new StoreException("cannot update " + refName + " in " + repo.getDirectory()
                            + ": the branch stays locked");
                }
                sleepQuietly(5 + random.nextInt(20));
                return false;
            default:
                throw new StoreException("cannot update " + refName + " in " + repo.getDirectory() + ": " + r);
        }
    }

    /*
     * A writer killed between taking and releasing Git's ref lock leaves refs/heads/x.lock behind.
     * We hold the store lock, so no other strata writer can own it; one older than a moment is stale.
     */
    private void clearStaleRefLock() throws IOException {
        Path refLock = repo.getDirectory().toPath().resolve(refName + ".lock");
        if (Files.exists(refLock)) {
            FileTime t = Files.getLastModifiedTime(refLock);
            if (System.currentTimeMillis() - t.toMillis() > STALE_REF_LOCK_MILLIS) {
                Files.deleteIfExists(refLock);
            }
        }
    }

    static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the store");
        }
    }

    /** Runs {@code action} while holding the store's write lock. */
    <T> T locked(IoAction<T> action) throws IOException {
        try (StoreLock lock = StoreLock.acquire(lockFile)) {
            return action.run();
        }
    }

    interface IoAction<T> {
        T run() throws IOException;
    }

    @Override
    public void close() {
        repo.close();
    }
}
