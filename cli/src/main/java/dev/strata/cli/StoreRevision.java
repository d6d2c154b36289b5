package dev.strata.cli;

import dev.strata.series.StoreSnapshot;
import dev.strata.store.GitStore;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * An open store and the revision a reading command works on ({@code --ref}, default its branch).
 * A remote store is fetched into its local cache first.
 */
final class StoreRevision implements AutoCloseable {

    final GitStore store;
    final String rev;

    StoreRevision(StoreOptions options, String ref, PrintWriter err) {
        this.store = options.location().openForReading();
        try {
            this.rev = resolve(store, ref, options.location().describe(), err);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * The revision to read: {@code --ref} when the store has it (else a usage error naming it), or the
     * store's branch; when that branch holds nothing while others do, says which was read and which hold runs.
     */
    static String resolve(GitStore store, String ref, String where, PrintWriter err) {
        try {
            Repository repo = store.repository();
            if (ref != null) {
                if (repo.resolve(ref + "^{commit}") == null) {
                    throw new Errors.UsageException("--ref " + ref + ": no such branch, tag or commit in the store "
                            + where + branches(repo, " (branches: ", ")"));
                }
                return ref;
            }
            if (store.tip() == null) {
                String others = branches(repo, "", "");
                if (!others.isEmpty()) {
                    err.println("strata: warning: read branch " + Repository.shortenRefName(store.refName()) + " of "
                            + where + ", which holds no runs; runs are on " + others + " (use --ref NAME)");
                    err.flush();
                }
            }
            return store.refName();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String branches(Repository repo, String before, String after) throws IOException {
        List<String> names = repo.getRefDatabase().getRefsByPrefix(Constants.R_HEADS).stream()
                .map(r -> Repository.shortenRefName(r.getName())).sorted().toList();
        return names.isEmpty() ? "" : before + String.join(", ", names) + after;
    }

    /** Every run of the revision, from the store's shared summary cache. */
    StoreSnapshot.Loaded summaries(PrintWriter err) {
        return summaries(store, rev, err);
    }

    /** Reads through the one store reader with the store's cache ({@code STRATA_TRACE=1} says how many were parsed). */
    static StoreSnapshot.Loaded summaries(GitStore store, String rev, PrintWriter err) {
        try (StoreSnapshot snapshot = new StoreSnapshot(store.repository())) {
            StoreSnapshot.Loaded loaded = snapshot.load(rev, w -> err.println("strata: warning: " + w));
            err.flush();
            return loaded;
        }
    }

    @Override
    public void close() {
        store.close();
    }
}
