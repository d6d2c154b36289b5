package dev.strata.store;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Pushes a store's branch to a remote that many collectors push to at once. On a rejected push it
 * fetches, re-parents the local-only commits onto the remote tip (run folders never collide, so
 * no merge is needed) and retries with jittered back-off.
 */
public final class StoreSync {

    private final GitStore store;
    private final String remote;
    private final int maxAttempts;
    private final Random random = new Random();

    public StoreSync(GitStore store, String remote, int maxAttempts) {
        this.store = store;
        this.remote = remote;
        this.maxAttempts = maxAttempts;
    }

    private String remoteTracking() {
        return Constants.R_REMOTES + remote + "/" + branchName(store.refName());
    }

    private static String branchName(String ref) {
        return ref.startsWith(Constants.R_HEADS) ? ref.substring(Constants.R_HEADS.length()) : ref;
    }

    /** Brings the remote's runs in and puts local-only commits on top of them. */
    public void pull() {
        try (Git git = Git.wrap(store.repository())) {
            git.fetch().setRemote(remote)
                    .setRefSpecs(new RefSpec("+" + Constants.R_HEADS + "*:" + Constants.R_REMOTES + remote + "/*")).call();
            rebaseOntoRemote();
        } catch (GitAPIException | IOException e) {
            throw new StoreException("cannot fetch the store from '" + remote + "': " + e.getMessage(), e);
        }
    }

    /** Pushes; returns the number of attempts it took. */
    public int push() {
        String lastProblem = "";
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            try (Git git = Git.wrap(store.repository())) {
                Iterable<PushResult> results = git.push().setRemote(remote)
                        .setRefSpecs(new RefSpec(store.refName() + ":" + store.refName())).call();
                RemoteRefUpdate.Status status = RemoteRefUpdate.Status.OK;
                for (PushResult r : results) {
                    for (RemoteRefUpdate u : r.getRemoteUpdates()) {
                        status = u.getStatus();
                        lastProblem = status + (u.getMessage() == null ? "" : " (" + u.getMessage() + ")");
                    }
                }
                if (status == RemoteRefUpdate.Status.OK || status == RemoteRefUpdate.Status.UP_TO_DATE) {
                    return attempt;
                }
            } catch (GitAPIException e) {
                lastProblem = e.getMessage();
            }
            backOff(attempt);
            pull();
        }
        throw new StoreException("cannot push the store to '" + remote + "' after " + maxAttempts
                + " attempts: " + lastProblem + "; the runs are safe in " + store.repository().getDirectory());
    }

    private void backOff(int attempt) {
        long cap = Math.min(2000, 25L << Math.min(attempt, 10));
        GitStore.sleepQuietly(cap / 2 + random.nextLong(cap / 2 + 1));
    }

    /** Re-applies every commit reachable from the local branch but not the remote one onto the remote tip. */
    void rebaseOntoRemote() throws IOException {
        store.locked(() -> {
            Ref remoteRef = store.repository().exactRef(remoteTracking());
            if (remoteRef == null) {
                return null;
            }
            ObjectId remoteTip = remoteRef.getObjectId();
            ObjectId localTip = store.tip();
            try (ObjectInserter ins = store.repository().newObjectInserter();
                 ObjectReader reader = ins.newReader();
                 RevWalk rw = new RevWalk(reader)) {
                List<RevCommit> localOnly = new ArrayList<>();
                if (localTip != null) {
                    rw.sort(RevSort.TOPO);
                    rw.sort(RevSort.REVERSE, true);
                    rw.markStart(rw.parseCommit(localTip));
                    rw.markUninteresting(rw.parseCommit(remoteTip));
                    for (RevCommit c : rw) {
                        localOnly.add(c);
                    }
                }
                ObjectId base = remoteTip;
                for (RevCommit c : localOnly) {
                    rw.parseHeaders(c);
                    ObjectId parentTree = c.getParentCount() == 0 ? null : rw.parseCommit(c.getParent(0)).getTree();
                    Map<String, List<Trees.Entry>> added = addedRunFolders(reader, parentTree, c.getTree());
                    ObjectId baseTree = rw.parseCommit(base).getTree();
                    ObjectId tree;
                    try {
                        tree = Trees.splice(reader, ins, baseTree, added);
                    } catch (Trees.NameTaken taken) {
                        // already there: this commit reached the remote by another way
                        continue;
                    }
                    base = store.insertCommit(ins, tree, base, c.getFullMessage(), c.getAuthorIdent(),
                            c.getCommitterIdent());
                }
                ins.flush();
                if (!base.equals(localTip) && !store.updateRef(localTip, base, 0, true)) {
                    throw new StoreException("the store's branch moved while re-parenting; try again");
                }
            }
            return null;
        });
    }

    /** The run folders (process/folder) present in {@code tree} but not in {@code parentTree}. */
    static Map<String, List<Trees.Entry>> addedRunFolders(ObjectReader reader, ObjectId parentTree, ObjectId tree)
            throws IOException {
        Map<String, List<Trees.Entry>> out = new LinkedHashMap<>();
        List<Trees.Entry> before = Trees.read(reader, parentTree);
        for (Trees.Entry p : Trees.read(reader, tree)) {
            if (!p.isTree()) {
                continue;
            }
            Trees.Entry old = Trees.find(before, p.nameString(), true);
            if (old != null && old.id().equals(p.id())) {
                continue;
            }
            List<Trees.Entry> oldRuns = old == null ? Collections.emptyList() : Trees.read(reader, old.id());
            for (Trees.Entry run : Trees.read(reader, p.id())) {
                if (Trees.find(oldRuns, run.nameString(), true) == null) {
                    out.computeIfAbsent(p.nameString(), k -> new ArrayList<>()).add(run);
                }
            }
        }
        return out;
    }
}
