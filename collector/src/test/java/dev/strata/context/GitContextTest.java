package dev.strata.context;

import dev.strata.record.GitInfo;
import dev.strata.testing.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The cheap look for a clone finds what JGit finds: in a clone, below it, in a linked work tree. */
class GitContextTest {

    @Test
    void factsOfACloneFromASubfolderAndALinkedWorkTree(@TempDir Path dir) throws Exception {
        Path repo = dir.resolve("code");
        Files.createDirectories(repo.resolve("src/deep"));
        Git.ok(repo, "init", "-q", "-b", "main");
        Files.writeString(repo.resolve("src/a.py"), "print(1)\n");
        Git.ok(repo, "add", "src");
        Git.ok(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "one");
        Git.ok(repo, "worktree", "add", "-q", dir.resolve("linked").toString(), "-b", "other");
        List<String> warnings = new ArrayList<>();

        GitInfo deep = GitContext.of(repo.resolve("src/deep"), warnings);
        GitInfo linked = GitContext.of(dir.resolve("linked"), warnings);

        assertThat(deep.sha()).hasSize(40);
        assertThat(deep.branch()).isEqualTo("main");
        assertThat(linked.sha()).isEqualTo(deep.sha());
        assertThat(linked.branch()).isEqualTo("other");
        assertThat(warnings).isEmpty();
    }

    @Test
    void outsideAnyCloneThereAreNoFacts(@TempDir Path dir) {
        assertThat(GitContext.insideRepository(dir)).isFalse();
        assertThat(GitContext.of(dir, new ArrayList<>())).isNull();
    }
}
