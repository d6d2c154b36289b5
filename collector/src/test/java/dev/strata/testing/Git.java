package dev.strata.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real git CLI, for checking what strata wrote with tools users have. */
public final class Git {

    public record Result(int exitCode, String out) {
    }

    private Git() {
    }

    public static Result run(Path dir, String... args) {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.name=strata-test", "-c",
                "user.email=test@strata.invalid", "-C", dir.toString()));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("git " + String.join(" ", args) + " hung");
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("git is needed for this test (apt-get install git): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs git and fails the test with its output unless it exits 0. */
    public static String ok(Path dir, String... args) {
        Result r = run(dir, args);
        if (r.exitCode() != 0) {
            throw new AssertionError("git " + String.join(" ", args) + " exited " + r.exitCode() + ":\n" + r.out());
        }
        return r.out();
    }

    /** Java command line that runs {@code mainClass} on this test JVM's class path. */
    public static List<String> javaCommand(Class<?> mainClass, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                mainClass.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }
}
