package dev.strata.store;

/** Where a run landed: {@code <process>/<folder>} in commit {@code commit}. */
public record StoredRun(String process, String folder, String commit) {
    public String path() {
        return process + "/" + folder;
    }
}
