package dev.strata.suite;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs a batch's setup and teardown commands (not measured): exit code 0 or the reason it failed. */
public interface Hooks {

    /** @return null when the command succeeded, else one line saying how it failed */
    String run(List<String> command, Path cwd, Map<String, String> env) throws IOException;

    /** Plain child processes whose output goes to strata's stderr (so stdout stays the summary's). */
    Hooks PROCESSES = (command, cwd, env) -> {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile())
                .redirectInput(ProcessBuilder.Redirect.INHERIT)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().putAll(env);
        try {
            int code = pb.start().waitFor();
            return code == 0 ? null : "exited " + code;
        } catch (IOException e) {
            return e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    };
}
