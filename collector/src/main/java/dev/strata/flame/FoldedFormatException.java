package dev.strata.flame;

/** A malformed line in strict mode; the message names the source and the line. */
public final class FoldedFormatException extends IllegalArgumentException {

    private final transient FoldedProblem problem;

    public FoldedFormatException(FoldedProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public FoldedProblem problem() {
        return problem;
    }
}
