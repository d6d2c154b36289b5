package dev.strata.cli;

import dev.strata.record.RunRecord;
import dev.strata.testing.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code strata run} must not do on its way to the workload: start {@code git} (JGit would, to
 * find the system configuration) or build Jackson's object mapper (the record is streamed).
 */
class StartupTest {

    @TempDir
    Path tmp;

    @Test
    void aRunInsideAGitRepositoryStartsNoGitProcessAndBuildsNoObjectMapper() throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("code"));
        Git.ok(repo, "init", "-q", "-b", "main");
        Git.ok(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "--allow-empty", "-m", "one");
        // a git first on the PATH that notes every start and then does the real thing
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path calls = tmp.resolve("git-calls.txt");
        Path fake = bin.resolve("git");
        Files.writeString(fake, "#!/bin/sh\necho \"$@\" >> '" + calls + "'\nexec /usr/bin/git \"$@\"\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));

        Path classes = tmp.resolve("classes.log");
        List<String> cmd = new ArrayList<>(Git.javaCommand(Main.class, "run", "--store", tmp.resolve("store").toString(),
                "--name", "quick", "--", "true"));
        cmd.add(1, "-Xlog:class+load=info:file=" + classes);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(repo.toFile()).redirectErrorStream(true);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();

        assertThat(calls).as("git started by strata run").doesNotExist();
        assertThat(Files.readAllLines(classes)).as("classes loaded by strata run")
                .noneMatch(l -> l.contains(" com.fasterxml.jackson.databind.ObjectMapper "))
                .noneMatch(l -> l.contains(" com.fasterxml.jackson.datatype.jsr310."));
        RunRecord r = Strata.onlyRun(tmp.resolve("store"));
        assertThat(r.git()).as("the Git facts are still read").isNotNull();
        assertThat(r.git().sha()).isEqualTo(Git.ok(repo, "rev-parse", "HEAD").trim());
    }
}
