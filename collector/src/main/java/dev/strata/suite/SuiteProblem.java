package dev.strata.suite;

import java.nio.file.Path;

/** One thing wrong with a suite file, where it is: printed as {@code file:line:column: message}. */
public record SuiteProblem(Path file, int line, int column, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
