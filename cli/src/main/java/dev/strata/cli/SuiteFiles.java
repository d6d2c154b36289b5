package dev.strata.cli;

import dev.strata.suite.ProfilerNames;
import dev.strata.suite.SuiteProblem;
import dev.strata.suite.SuiteReader;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/** Reads a suite file for the suite commands: every problem one line on stderr, nothing else done when any. */
final class SuiteFiles {

    private SuiteFiles() {
    }

    /** The profiler names suites may use. */
    static Collection<String> profilers() {
        return ProfilerNames.KNOWN;
    }

    /** @return the valid suite, or null after printing its problems */
    static SuiteReader.Result read(Path file, PrintWriter err) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new Errors.UsageException(file + ": no such suite file");
        }
        SuiteReader.Result r = SuiteReader.read(file, profilers());
        for (SuiteProblem p : r.problems()) {
            err.println(p);
        }
        err.flush();
        return r;
    }

    /** The suite's name: its {@code name:}, else the file name without .yaml/.yml (and .suite). */
    static String name(SuiteReader.Result r) {
        if (r.suite().name() != null && !r.suite().name().isBlank()) {
            return r.suite().name();
        }
        String f = r.file().getFileName().toString();
        return f.replaceFirst("\\.(ya?ml)$", "").replaceFirst("\\.suite$", "");
    }
}
