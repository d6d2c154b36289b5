package dev.strata.cli;

import dev.strata.testing.Git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real {@code strata} command in its own JVM, as users and CI start it. */
final class Cli {

    record Result(int exitCode, String out, String err) {
    }

    private Cli() {
    }

    static ProcessBuilder builder(Path cwd, String... args) {
        List<String> cmd = new ArrayList<>(Git.javaCommand(Main.class, args));
        return new ProcessBuilder(cmd).directory(cwd.toFile());
    }

    static Result run(Path cwd, String... args) throws IOException, InterruptedException {
        Process p = builder(cwd, args).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        var errF = new java.util.concurrent.CompletableFuture<String>();
        Thread t = new Thread(() -> {
            try {
                errF.complete(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                errF.completeExceptionally(e);
            }
        });
        t.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("strata " + String.join(" ", args) + " hung");
        }
        return new Result(p.exitValue(), out, errF.join());
    }
}
