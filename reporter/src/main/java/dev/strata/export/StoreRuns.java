package dev.strata.export;

import dev.strata.record.RecordFormatException;
import dev.strata.record.RunJson;
import dev.strata.record.RunRecord;
import dev.strata.store.ProcessKey;
import dev.strata.store.StoreException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The runs of one revision of a store, walked straight from Git objects one run folder at a
 * time: no list of all runs is ever held, so exporting 100,000 runs needs no more memory than
 * exporting 1,000. A record that cannot be read is skipped with one warning naming it.
 */
public final class StoreRuns implements RunSource {

    /** Where one run's record lives. */
    public record Entry(String process, String folder, ObjectId runJsonBlob) {
        public String path() {
            return process + "/" + folder;
        }
    }

    private final Repository repo;
    private final ObjectId tree;
    private final Predicate<String> processFilter;
    private final Consumer<String> warn;
    private final Set<String> warned = new HashSet<>();

    public StoreRuns(Repository repo, String rev, Predicate<String> processFilter, Consumer<String> warn) {
        ReadCaches.install();
        this.repo = repo;
        this.tree = treeOf(repo, rev);
        this.processFilter = processFilter;
        this.warn = warn;
    }

    private static ObjectId treeOf(Repository repo, String rev) {
        try {
            ObjectId commit = repo.resolve(rev);
            if (commit == null) {
                return null;
            }
            try (RevWalk rw = new RevWalk(repo)) {
                return rw.parseCommit(commit).getTree();
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("cannot read revision '" + rev + "' of the store: " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> processes() {
        List<String> out = new ArrayList<>();
        if (tree == null) {
            return out;
        }
        try (ObjectReader reader = repo.newObjectReader(); TreeWalk walk = new TreeWalk(reader)) {
            walk.addTree(tree);
            while (walk.next()) {
                if (walk.getFileMode(0) == FileMode.TREE && ProcessKey.isValid(walk.getNameString())) {
                    out.add(walk.getNameString());
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot list the store: " + e.getMessage(), e);
        }
        return out;
    }

    /** Every run folder with a run.json, in store order, without reading the records. */
    public void forEachEntry(Consumer<Entry> action) {
        if (tree == null) {
            return;
        }
        try (ObjectReader reader = repo.newObjectReader(); TreeWalk walk = new TreeWalk(reader)) {
            walk.addTree(tree);
            while (walk.next()) {
                boolean isTree = walk.getFileMode(0) == FileMode.TREE;
                int depth = walk.getDepth();
                String name = walk.getNameString();
                if (depth == 0 && isTree && ProcessKey.isValid(name) && processFilter.test(name)) {
                    walk.enterSubtree();
                } else if (depth == 1 && isTree) {
                    walk.enterSubtree();
                } else if (depth == 2 && !isTree && name.equals("run.json")) {
                    String path = walk.getPathString();
                    int slash = path.indexOf('/');
                    action.accept(new Entry(path.substring(0, slash),
                            path.substring(slash + 1, path.lastIndexOf('/')), walk.getObjectId(0)));
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot list the store: " + e.getMessage(), e);
        }
    }

    @Override
    public void forEach(Consumer<ExportRun> action) {
        try (ObjectReader reader = repo.newObjectReader()) {
            forEachEntry(e -> {
                RunRecord r = read(reader, e);
                if (r != null) {
                    action.accept(new ExportRun(e.path(), r));
                }
            });
        }
    }

    @Override
    public void forEachSkimmed(Consumer<ExportRun> action) {
        try (ObjectReader reader = repo.newObjectReader()) {
            forEachEntry(e -> {
                RunRecord r = read(reader, e, true);
                if (r != null) {
                    action.accept(new ExportRun(e.path(), r));
                }
            });
        }
    }

    /** The record of one entry, or null (with a warning) when it cannot be read. */
    public RunRecord read(ObjectReader reader, Entry e) {
        return read(reader, e, false);
    }

    private RunRecord read(ObjectReader reader, Entry e, boolean skim) {
        String where = e.path() + "/run.json";
        try {
            byte[] json = reader.open(e.runJsonBlob(), Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE);
            RunRecord r = skim ? RecordSkim.read(json, where) : RunJson.read(json, where);
            if (!e.process().equals(r.process())) {
                warnOnce(where, "skipped " + where + ": its process '" + r.process() + "' does not match its folder");
                return null;
            }
            return r;
        } catch (RecordFormatException ex) {
            warnOnce(where, "skipped " + ex.getMessage());
            return null;
        } catch (IOException ex) {
            throw new StoreException("cannot read " + where + ": " + ex.getMessage(), ex);
        }
    }

    private void warnOnce(String where, String message) {
        if (warned.add(where)) {
            warn.accept(message);
        }
    }

    public Repository repository() {
        return repo;
    }
}
