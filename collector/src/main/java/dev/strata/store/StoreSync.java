package dev.strata.store;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.TransportConfigCallback;
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
import org.eclipse.jgit.transport.TransportHttp;

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
    private final boolean branchOnly;
    private final Random random = new Random();

    public StoreSync(GitStore store, String remote, int maxAttempts) {
        this(store, remote, maxAttempts, false);
    }

    /** @param branchOnly fetch the store's branch alone (a branch of a code repository: its other branches are not ours) */
    public StoreSync(GitStore store, String remote, int maxAttempts, boolean branchOnly) {
        this.store = store;
        this.remote = remote;
        this.maxAttempts = maxAttempts;
        this.branchOnly = branchOnly;
    }

    private String remoteTracking() {
        return Constants.R_REMOTES + remote + "/" + branchName(store.refName());
    }

    private static String branchName(String ref) {
        return ref.startsWith(Constants.R_HEADS) ? ref.substring(Constants.R_HEADS.length()) : ref;
    }

    /** Brings the remote's runs in and puts local-only commits on top of them; false when the remote lacks the branch. */
    public boolean pull() {
        RefSpec spec = branchOnly ? new RefSpec("+" + store.refName() + ":" + remoteTracking())
                : new RefSpec("+" + Constants.R_HEADS + "*:" + Constants.R_REMOTES + remote + "/*");
        try (Git git = Git.wrap(store.repository())) {
            if (branchOnly && !remoteHasBranch(git)) {
                return false;
            }
            git.fetch().setRemote(remote).setRefSpecs(spec).setTransportConfigCallback(credentials()).call();
            Ref fetched = store.repository().exactRef(remoteTracking());
            StoreSchema.requireReadable(store.repository(), fetched == null ? null : fetched.getObjectId(),
                    "the branch " + branchName(store.refName()) + " on '" + remote + "'");
            rebaseOntoRemote();
            return store.repository().exactRef(remoteTracking()) != null;
        } catch (GitAPIException | IOException e) {
            throw new StoreException("cannot fetch the store from '" + remote + "' (" + url() + "): "
                    + e.getMessage() + hint(e.getMessage(), false), e);
        }
    }

    private boolean remoteHasBranch(Git git) throws GitAPIException {
        return git.lsRemote().setRemote(remote).setHeads(true).setTransportConfigCallback(credentials()).call()
                .stream().anyMatch(r -> r.getName().equals(store.refName()));
    }

    /**
     * Pushes; returns the number of attempts it took. A lost race is retried after a fetch that puts
     * the local runs on top of the remote's new tip; how patiently is {@link PushPatience}'s call:
     * {@code maxAttempts} lost attempts in a row without anybody's push landing, or the lock-wait
     * bound while others keep landing theirs.
     */
    public int push() {
        String lastProblem = "";
        PushPatience patience = new PushPatience(maxAttempts, LockWait.timeout(), random, System.nanoTime());
        for (int attempt = 1; ; attempt++) {
            ObjectId remoteBefore = remoteTip();
            long began = System.nanoTime();
            try (Git git = Git.wrap(store.repository())) {
                Iterable<PushResult> results = git.push().setRemote(remote).setTransportConfigCallback(credentials())
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
                if (status == RemoteRefUpdate.Status.REJECTED_OTHER_REASON && isRefusal(lastProblem)) {
                    throw refused(lastProblem);
                }
            } catch (GitAPIException e) {
                lastProblem = e.getMessage();
                if (isRefusal(lastProblem)) {
                    throw refused(lastProblem);
                }
            }
            long tookMillis = (System.nanoTime() - began) / 1_000_000;
            GitStore.sleepQuietly(patience.waitMillis(tookMillis));
            pull();
            ObjectId remoteAfter = remoteTip();
            patience.lost(remoteAfter != null && !remoteAfter.equals(remoteBefore));
            String why = patience.giveUp(System.nanoTime());
            if (why != null) {
                throw new StoreException("cannot push the store to '" + remote + "': " + why + "; last: " + lastProblem
                        + "; the runs are safe in " + store.repository().getDirectory() + " and go with the next push");
            }
        }
    }

    /** The remote's tip as last fetched, or null. */
    private ObjectId remoteTip() {
        try {
            Ref r = store.repository().exactRef(remoteTracking());
            return r == null ? null : r.getObjectId();
        } catch (IOException e) {
            return null;
        }
    }

    /* A refusal is not a race: retrying cannot help, so say what to change instead. */
    private static boolean isRefusal(String problem) {
        String p = problem == null ? "" : problem.toLowerCase(java.util.Locale.ROOT);
        return p.contains("not authorized") || p.contains("authentication") || p.contains("permission")
                || p.contains("not permitted") || p.contains("403") || p.contains("401") || p.contains("denied")
                || p.contains("protected branch") || p.contains("read-only") || p.contains("read only");
    }

    private StoreException refused(String problem) {
        return new StoreException("no permission to push " + branchName(store.refName()) + " to '" + remote + "' ("
                + url() + "): " + firstLine(problem) + hint(problem, true) + "; the runs are safe in "
                + store.repository().getDirectory());
    }

    private static String hint(String problem, boolean pushing) {
        if (!pushing && !isRefusal(problem)) {
            return "";
        }
        return pushing ? ". Fix: give the job write access to the repository (GitHub Actions: permissions:"
                + " contents: write, and actions/checkout's persist-credentials; GitLab CI: a project access token"
                + " with write_repository in the remote's URL)"
                : ". Fix: give the job read access to the repository (GitHub Actions: permissions: contents: read)";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    private String url() {
        String u = store.repository().getConfig().getString("remote", remote, "url");
        return u == null ? "no URL configured" : withoutCredentials(u);
    }

    /** A URL fit for a message: no user or password. */
    static String withoutCredentials(String url) {
        return url.replaceAll("(?<=://)[^/@]*@", "");
    }

    /* The credentials CI gave git itself: actions/checkout leaves an http.<url>.extraheader. */
    private TransportConfigCallback credentials() {
        return transport -> {
            if (transport instanceof TransportHttp http) {
                Map<String, String> headers = ExtraHeaders.forUrl(store.repository().getConfig(),
                        transport.getURI().toString());
                if (!headers.isEmpty()) {
                    http.setAdditionalHeaders(headers);
                }
            }
        };
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
