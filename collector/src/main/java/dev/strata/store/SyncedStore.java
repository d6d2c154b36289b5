package dev.strata.store;

import java.util.List;

/**
 * A store as the run path uses it: opened (and, for a remote store, brought up to date) before
 * the workload runs, so JGit's start-up and the fetch are not paid after it; pushed on
 * {@link #publish()} when the store is remote or a push was asked for (see {@link StoreLocation}).
 */
public final class SyncedStore implements Store {

    private static final int PUSH_ATTEMPTS = 30;

    private final GitStore git;
    private final StoreLocation where;
    private final boolean push;

    private SyncedStore(GitStore git, StoreLocation where, boolean push) {
        this.git = git;
        this.where = where;
        this.push = push;
    }

    public static SyncedStore open(StoreLocation where, boolean push) {
        GitStore store = where.open();
        try {
            if (where.pullsBeforeWrite(push)) {
                where.sync(store, PUSH_ATTEMPTS).pull();
            }
            store.tip(); // reads the branch: JGit's start-up happens now
            return new SyncedStore(store, where, push);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    @Override
    public StoredRun write(RunFiles run) {
        return git.write(run);
    }

    @Override
    public List<StoredRun> writeAll(List<RunFiles> runs, String message) {
        return git.writeAll(runs, message);
    }

    @Override
    public void publish() {
        if (where.pushesAfterWrite(push)) {
            where.sync(git, PUSH_ATTEMPTS).push();
        }
    }

    @Override
    public void close() {
        git.close();
    }
}
