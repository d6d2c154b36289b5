package dev.strata.store;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads runs straight from Git objects at any revision: no checkout, so a reader can work on a
 * bare clone while collectors write to it.
 */
public final class StoreReader implements AutoCloseable {

    /** One run folder: where it is and the blob of its run.json (a cache key: same blob, same record). */
    public record RunEntry(String process, String folder, ObjectId runJsonBlob, ObjectId folderTree) {
        public String path() {
            return process + "/" + folder;
        }
    }

    /** A file of a run folder (flamegraph, profile). */
    public record Attachment(String path, ObjectId blob) {
    }

    private final Repository repo;
    private final ObjectReader reader;

    public StoreReader(Repository repo) {
        this.repo = repo;
        this.reader = repo.newObjectReader();
    }

    /** The tree of {@code rev} (a branch, tag, SHA or expression), or null when the store is empty. */
    public ObjectId treeOf(String rev) {
        try {
            ObjectId commit = repo.resolve(rev);
            if (commit == null) {
                return null;
            }
            try (RevWalk rw = new RevWalk(reader)) {
                return rw.parseCommit(commit).getTree();
            }
        } catch (IOException e) {
            throw new StoreException("cannot read revision '" + rev + "' of the store: " + e.getMessage(), e);
        }
    }

    /** Every run folder of the tree that holds a run.json, in store order (process, then time). */
    public List<RunEntry> list(ObjectId tree) {
        List<RunEntry> out = new ArrayList<>();
        if (tree == null) {
            return out;
        }
        try {
            for (Trees.Entry p : Trees.read(reader, tree)) {
                if (!p.isTree() || !ProcessKey.isValid(p.nameString())) {
                    continue;
                }
                for (Trees.Entry run : Trees.read(reader, p.id())) {
                    if (!run.isTree()) {
                        continue;
                    }
                    Trees.Entry json = Trees.find(Trees.read(reader, run.id()), "run.json", false);
                    if (json != null) {
                        out.add(new RunEntry(p.nameString(), run.nameString(), json.id(), run.id()));
                    }
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot list the store: " + e.getMessage(), e);
        }
        return out;
    }

    /** The files of a run folder other than run.json, with paths relative to it. */
    public List<Attachment> attachments(RunEntry run) {
        List<Attachment> out = new ArrayList<>();
        try {
            collect(run.folderTree(), "", out);
        } catch (IOException e) {
            throw new StoreException("cannot read " + run.path() + ": " + e.getMessage(), e);
        }
        return out;
    }

    private void collect(ObjectId tree, String prefix, List<Attachment> out) throws IOException {
        for (Trees.Entry e : Trees.read(reader, tree)) {
            String path = prefix + e.nameString();
            if (e.isTree()) {
                collect(e.id(), path + "/", out);
            } else if (!path.equals("run.json")) {
                out.add(new Attachment(path, e.id()));
            }
        }
    }

    public byte[] read(ObjectId blob) {
        try {
            return reader.open(blob, Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE);
        } catch (IOException e) {
            throw new StoreException("cannot read object " + blob.name() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        reader.close();
    }
}
