package dev.strata.flame;

/** A line of folded stacks that could not be read, and why. */
public record FoldedProblem(String source, long lineNumber, String message) {

    @Override
    public String toString() {
        return source + ":" + lineNumber + ": " + message;
    }
}
