package dev.strata.check;

/** The Git repository of the code under test, to resolve {@code HEAD}, {@code main~3} or a tag to a commit. */
public interface CodeRepo {

    /** The full SHA of {@code rev}, or null when the repository has no such revision. */
    String resolve(String rev);

    /** Where the repository is, for messages. */
    String where();
}
