package dev.strata.config;

import dev.strata.store.StoreException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

import java.io.IOException;

/** Reads {@code strata.yaml} from the store's tree at a revision (no checkout), if it has one. */
public final class StoreConfig {

    private StoreConfig() {
    }

    public static StrataConfig read(Repository repo, String rev) {
        try {
            ObjectId commit = repo.resolve(rev);
            if (commit == null) {
                return StrataConfig.EMPTY;
            }
            try (RevWalk rw = new RevWalk(repo);
                 TreeWalk tw = TreeWalk.forPath(repo, StrataConfig.FILE, rw.parseCommit(commit).getTree())) {
                if (tw == null) {
                    return StrataConfig.EMPTY;
                }
                byte[] bytes = repo.open(tw.getObjectId(0)).getCachedBytes(1 << 20);
                return StrataConfig.parse(bytes, StrataConfig.FILE + " in the store (" + rev + ")");
            }
        } catch (IOException e) {
            throw new StoreException("cannot read " + StrataConfig.FILE + " of the store: " + e.getMessage(), e);
        }
    }
}
