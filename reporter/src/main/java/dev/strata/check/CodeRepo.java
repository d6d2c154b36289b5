package dev.strata.check;

/** The Git repository of the code under test, to resolve {@code HEAD}, {@code main~3} or a tag to a commit. */
public interface CodeRepo {

    /** The full SHA of {@code rev}, or null when the repository has no such revision. */
    String resolve(String rev);

    /** Where the repository is, for messages. */
    String where();

    /** {@code sha} and its first-parent ancestors, newest first, at most {@code max}; as far as this clone has them. */
    default java.util.List<String> firstParents(String sha, int max) {
        return java.util.List.of(sha);
    }

    /** Whether {@code rev} names a tag: a release is compared as named, never with a stand-in. */
    default boolean isTag(String rev) {
        return false;
    }

    /** Whether this is a shallow clone, whose history stops short (CI checkouts often are). */
    default boolean isShallow() {
        return false;
    }
}
