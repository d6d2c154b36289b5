package dev.strata.check;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A {@link CodeRepo} read with JGit: the repository that holds {@code dir} (or one of its parents). */
public final class GitCodeRepo implements CodeRepo, AutoCloseable {

    private final Repository repo;

    private GitCodeRepo(Repository repo) {
        this.repo = repo;
    }

    /** The repository around {@code dir}, or empty when {@code dir} is in none. */
    public static Optional<GitCodeRepo> find(Path dir) {
        FileRepositoryBuilder b = new FileRepositoryBuilder().findGitDir(dir.toAbsolutePath().toFile());
        if (b.getGitDir() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new GitCodeRepo(b.setMustExist(true).build()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public String resolve(String rev) {
        try {
            ObjectId id = repo.resolve(rev + "^{commit}");
            return id == null ? null : id.name();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public List<String> firstParents(String sha, int max) {
        List<String> out = new ArrayList<>();
        try (RevWalk rw = new RevWalk(repo)) {
            RevCommit c = rw.parseCommit(ObjectId.fromString(sha));
            while (c != null && out.size() < max) {
                out.add(c.name());
                c = c.getParentCount() == 0 ? null : rw.parseCommit(c.getParent(0));
            }
        } catch (IOException | RuntimeException e) {
            // a commit this clone lacks ends the walk; isShallow() tells the caller why
        }
        return out;
    }

    @Override
    public boolean isTag(String rev) {
        try {
            return repo.exactRef(org.eclipse.jgit.lib.Constants.R_TAGS + rev) != null;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public boolean isShallow() {
        try {
            return !repo.getObjectDatabase().getShallowCommits().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public String where() {
        Path git = repo.getDirectory().toPath();
        return (git.getFileName().toString().equals(".git") ? git.getParent() : git).toString();
    }

    @Override
    public void close() {
        repo.close();
    }
}
