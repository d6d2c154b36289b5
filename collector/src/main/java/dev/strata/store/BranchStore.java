package dev.strata.store;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code --store-branch}: the runs live on a branch of the code repository itself, next to the code
 * they measure, and travel through one of its remotes. Writes go to the branch's ref only: the work
 * tree, the index and the checked-out branch are never touched, so a CI job can record runs in the
 * clone it is testing.
 */
final class BranchStore {

    private BranchStore() {
    }

    static void requireBranchName(String branch) {
        if (branch == null || branch.isBlank() || !Repository.isValidRefName(Constants.R_HEADS + branch)) {
            throw new IllegalArgumentException("--store-branch '" + branch + "': not a valid branch name");
        }
    }

    static GitStore open(Path repoDir, String branch, String remote) {
        FileRepositoryBuilder b = new FileRepositoryBuilder().findGitDir(repoDir.toFile());
        if (b.getGitDir() == null) {
            throw new StoreException("--store-branch " + branch + ": " + repoDir
                    + " is in no Git repository (run it in your clone, or name one with --repo DIR)");
        }
        Repository repo;
        try {
            repo = b.setMustExist(true).build();
        } catch (IOException e) {
            throw new StoreException("cannot open the repository at " + b.getGitDir() + ": " + e.getMessage(), e);
        }
        String ref = Constants.R_HEADS + branch;
        try {
            if (ref.equals(repo.getFullBranch()) && !repo.isBare()) {
                throw new StoreException("--store-branch " + branch + " is the branch checked out in "
                        + repo.getWorkTree() + ": strata writes it behind the work tree's back; check out"
                        + " another branch (git switch -) or name another results branch");
            }
        } catch (IOException e) {
            repo.close();
            throw new StoreException("cannot read HEAD of " + b.getGitDir() + ": " + e.getMessage(), e);
        } catch (StoreException e) {
            repo.close();
            throw e;
        }
        return GitStore.onBranch(repo, ref);
    }

    /** Brings the branch up to date from the remote when there is one; says plainly when it exists nowhere. */
    static void fetchForReading(GitStore store, String branch, String remote) {
        String url = store.repository().getConfig().getString("remote", remote, "url");
        boolean remoteHasIt = url != null && new StoreSync(store, remote, 1, true).pull();
        if (remoteHasIt || store.tip() != null) {
            return;
        }
        throw new StoreException(url == null
                ? "no results branch '" + branch + "' in " + where(store) + " and no remote '" + remote
                        + "' to fetch it from (add it, or record runs first: strata run --store-branch " + branch + ")"
                : "no results branch '" + branch + "' on " + remote + " (" + StoreSync.withoutCredentials(url)
                        + "): the first `strata run --store-branch " + branch + " --push` creates it;"
                        + " check the name and that the collecting jobs push");
    }

    private static String where(GitStore store) {
        Repository r = store.repository();
        return r.isBare() ? r.getDirectory().toString() : r.getWorkTree().toString();
    }
}
