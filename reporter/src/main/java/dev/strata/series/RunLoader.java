package dev.strata.series;

import dev.strata.record.RecordFormatException;
import dev.strata.record.RunJson;
import dev.strata.record.RunRecord;
import dev.strata.store.StoreReader;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads every run at a revision of the store. A record that cannot be read is skipped with a
 * warning naming it; the rest still load.
 */
public final class RunLoader {

    private final Repository repo;
    private final Consumer<String> warn;

    public RunLoader(Repository repo, Consumer<String> warn) {
        this.repo = repo;
        this.warn = warn;
    }

    public List<LoadedRun> load(String rev) {
        List<LoadedRun> out = new ArrayList<>();
        try (StoreReader reader = new StoreReader(repo)) {
            ObjectId tree = reader.treeOf(rev);
            for (StoreReader.RunEntry e : reader.list(tree)) {
                String where = e.path() + "/run.json";
                try {
                    RunRecord r = RunJson.read(reader.read(e.runJsonBlob()), where);
                    if (!e.process().equals(r.process())) {
                        warn.accept("skipped " + where + ": its process '" + r.process()
                                + "' does not match its folder");
                        continue;
                    }
                    out.add(new LoadedRun(e.path(), e.folder(), r));
                } catch (RecordFormatException ex) {
                    warn.accept("skipped " + ex.getMessage());
                }
            }
        }
        return out;
    }
}
