package dev.strata.cli;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Stream;

/**
 * The demo's code under test: a throwaway Git repository built step by step from
 * {@code examples/demo/history}. Each step folder holds the files that change at that commit;
 * {@code steps.tsv} gives the order, the release tag (if any) and the commit message. Commits are
 * a day apart, so the site's trends read like a real history.
 */
final class DemoHistory implements AutoCloseable {

    record Step(String folder, String tag, String message) {
    }

    private final Path history;
    private final Git git;

    private DemoHistory(Path history, Git git) {
        this.history = history;
        this.git = git;
    }

    static DemoHistory create(Path history, Path repo) throws IOException {
        try {
            Files.createDirectories(repo);
            return new DemoHistory(history, Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call());
        } catch (GitAPIException e) {
            throw new IOException("cannot create the demo repository at " + repo + ": " + e.getMessage(), e);
        }
    }

    static List<Step> steps(Path history) throws IOException {
        List<Step> steps = new ArrayList<>();
        for (String line : Files.readAllLines(history.resolve("steps.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 3) {
                throw new IOException(history.resolve("steps.tsv") + ": expected folder<TAB>tag<TAB>message: " + line);
            }
            steps.add(new Step(f[0], f[1].isBlank() ? null : f[1], f[2]));
        }
        return steps;
    }

    Path dir() {
        return git.getRepository().getWorkTree().toPath();
    }

    /** Lays the step's files over the work tree and commits them at {@code when}; returns the commit id. */
    String commit(Step step, Instant when) throws IOException {
        Path from = history.resolve(step.folder());
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path to = dir().resolve(from.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        PersonIdent who = new PersonIdent("cellkit developer", "dev@cellkit.example", Date.from(when),
                TimeZone.getTimeZone("UTC"));
        try {
            git.add().addFilepattern(".").call();
            RevCommit c = git.commit().setMessage(step.message()).setAuthor(who).setCommitter(who).setSign(false).call();
            if (step.tag() != null) {
                git.tag().setName(step.tag()).setObjectId(c).setAnnotated(true).setTagger(who)
                        .setMessage("release " + step.tag()).setSigned(false).call();
            }
            return c.getName();
        } catch (GitAPIException e) {
            throw new IOException("cannot commit demo step " + step.folder() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        git.close();
    }
}
