package dev.strata.context;

import dev.strata.record.GitInfo;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import java.nio.file.Files;
import java.nio.file.Path;

/** Git facts of the code under test: the repository that holds {@code dir}, if any. */
public final class GitContext {

    private GitContext() {
    }

    /** Null when {@code dir} is not inside a Git work tree; never throws for an odd repository. */
    public static GitInfo of(Path dir, java.util.List<String> warnings) {
        if (!insideRepository(dir)) {
            return null; // most runs outside a clone: JGit's start-up (classes, system config) is not paid
        }
        FileRepositoryBuilder b = new FileRepositoryBuilder().findGitDir(dir.toAbsolutePath().toFile());
        if (b.getGitDir() == null) {
            return null;
        }
        try (Repository repo = b.setMustExist(true).build(); Git git = Git.wrap(repo)) {
            ObjectId head = repo.resolve(Constants.HEAD);
            String branch = repo.getBranch();
            if (head == null) {
                return new GitInfo(null, null, branch, null, null, null, remoteUrl(repo));
            }
            boolean detached = branch != null && branch.equals(head.name());
            String describe = null;
            try {
                describe = git.describe().setTags(true).setTarget(head).call();
            } catch (Exception e) {
                // no tags is the common case
            }
            Boolean dirty = null;
            if (!repo.isBare()) {
                try {
                    dirty = !git.status().call().isClean();
                } catch (Exception e) {
                    warnings.add("cannot tell whether " + repo.getWorkTree() + " is dirty: " + e.getMessage());
                }
            }
            try (RevWalk rw = new RevWalk(repo)) {
                RevCommit c = rw.parseCommit(head);
                return new GitInfo(head.name(), head.abbreviate(7).name(), detached ? null : branch,
                        describe, dirty, c.getCommitterIdent().getWhenAsInstant(), remoteUrl(repo));
            }
        } catch (Exception e) {
            warnings.add("cannot read Git facts of " + dir + ": " + e.getMessage());
            return null;
        }
    }

    /** What JGit's {@code findGitDir} looks for: a {@code .git} (folder or file) here or above. */
    static boolean insideRepository(Path dir) {
        for (Path d = dir.toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(".git"))) {
                return true;
            }
        }
        return false;
    }

    private static String remoteUrl(Repository repo) {
        String url = repo.getConfig().getString("remote", "origin", "url");
        return url == null ? null : Redactor.redactUrl(url);
    }
}
