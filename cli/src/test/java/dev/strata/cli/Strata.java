package dev.strata.cli;

import dev.strata.record.RunJson;
import dev.strata.record.RunRecord;
import dev.strata.testing.Git;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code strata} in-process, for tests that need its exit code and messages but not its own stdout. */
final class Strata {

    record Result(int exitCode, String out, String err) {
    }

    private Strata() {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Every run.json at the tip of the store's main branch. */
    static List<RunRecord> runs(Path store) {
        if (!Files.exists(store)) {
            return List.of();
        }
        if (Git.run(store, "rev-parse", "--verify", "-q", "main").exitCode() != 0) {
            return List.of();
        }
        return Git.ok(store, "ls-tree", "-r", "--name-only", "main").lines().filter(l -> l.endsWith("/run.json"))
                .map(p -> RunJson.read(Git.ok(store, "show", "main:" + p).getBytes(StandardCharsets.UTF_8), p))
                .toList();
    }

    static RunRecord onlyRun(Path store) {
        List<RunRecord> runs = runs(store);
        assertThat(runs).hasSize(1);
        return runs.get(0);
    }
}
