package dev.strata.series;

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
import org.eclipse.jgit.treewalk.CanonicalTreeParser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The runs of the store at one revision, read straight from Git objects. Summaries come from the
 * cache when the run folder's tree is known, else from parsing its run.json (in parallel); a record
 * that cannot be read is skipped with a warning naming it.
 */
public final class StoreSnapshot implements AutoCloseable {

    /** One run folder of the tree. */
    public record Folder(String process, String folder, ObjectId tree) {
    }

    /** A file of a run folder other than run.json, relative to it. */
    public record Attachment(String path, ObjectId blob) {
    }

    /** What a load found: the runs, and how many came from where. */
    public record Loaded(List<RunSummary> runs, int parsed, int cached, int skipped, String commit) {
    }

    private final Repository repo;
    private final ObjectReader reader;

    public StoreSnapshot(Repository repo) {
        this.repo = repo;
        this.reader = repo.newObjectReader();
    }

    /** Another snapshot of the same store, for another thread. */
    public StoreSnapshot sibling() {
        return new StoreSnapshot(repo);
    }

    public Loaded load(String rev, SummaryCache cache, Consumer<String> warn) {
        ObjectId commit;
        ObjectId root;
        try {
            commit = repo.resolve(rev);
            if (commit == null) {
                return new Loaded(List.of(), 0, 0, 0, null);
            }
            try (RevWalk rw = new RevWalk(reader)) {
                root = rw.parseCommit(commit).getTree();
            }
        } catch (IOException | RuntimeException e) {
            throw new StoreException("cannot read revision '" + rev + "' of the store: " + e.getMessage(), e);
        }
        List<Folder> folders = list(root);
        List<RunSummary> out = new ArrayList<>(folders.size());
        List<Folder> misses = new ArrayList<>();
        for (Folder f : folders) {
            RunSummary s = cache.get(f.tree().name());
            if (s != null && s.folder().equals(f.folder()) && s.process().equals(f.process())) {
                out.add(s);
            } else {
                misses.add(f);
            }
        }
        int cached = out.size();
        int skipped = 0;
        for (Object p : readAndParse(misses)) {
            if (p instanceof RunSummary sum) {
                out.add(sum);
            } else if (p instanceof String w) {
                skipped++;
                warn.accept(w);
            }
        }
        cache.retain(out);
        return new Loaded(out, out.size() - cached, cached, skipped, commit.name());
    }

    /**
     * Reads and parses the run.json of every folder, on every core: inflating blobs from a pack costs
     * as much as parsing them, so both run in parallel, each worker with its own object reader.
     */
    private Object[] readAndParse(List<Folder> folders) {
        Object[] parsed = new Object[folders.size()];
        if (folders.isEmpty()) {
            return parsed;
        }
        List<ObjectReader> readers = Collections.synchronizedList(new ArrayList<>());
        ThreadLocal<ObjectReader> local = ThreadLocal.withInitial(() -> {
            ObjectReader r = repo.newObjectReader();
            readers.add(r);
            return r;
        });
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            pool.submit(() -> IntStream.range(0, folders.size()).parallel().forEach(i -> {
                ObjectReader r = local.get();
                Folder f = folders.get(i);
                ObjectId blob = find(r, f.tree(), "run.json");
                parsed[i] = blob == null ? null : parse(f, read(r, blob));
            })).join();
        } finally {
            pool.shutdown();
            readers.forEach(ObjectReader::close);
        }
        return parsed;
    }

    private static Object parse(Folder f, byte[] json) {
        if (json == null) {
            return null;
        }
        String where = f.process() + "/" + f.folder() + "/run.json";
        try {
            RunRecord r = SummaryJson.read(json, where);
            if (!f.process().equals(r.process())) {
                return "skipped " + where + ": its process '" + r.process() + "' does not match its folder";
            }
            return Summaries.of(r, f.folder(), f.tree().name());
        } catch (RecordFormatException e) {
            return "skipped " + e.getMessage();
        } catch (RuntimeException e) {
            return "skipped " + where + ": " + e;
        }
    }

    /** Every run folder: only the root and the process trees are read, not the run folders. */
    public List<Folder> list(ObjectId root) {
        List<Folder> out = new ArrayList<>();
        try {
            CanonicalTreeParser p = new CanonicalTreeParser(null, reader, root);
            for (; !p.eof(); p.next()) {
                String process = p.getEntryPathString();
                if (p.getEntryFileMode() != FileMode.TREE || !ProcessKey.isValid(process)) {
                    continue;
                }
                CanonicalTreeParser q = new CanonicalTreeParser(null, reader, p.getEntryObjectId());
                for (; !q.eof(); q.next()) {
                    if (q.getEntryFileMode() == FileMode.TREE) {
                        out.add(new Folder(process, q.getEntryPathString(), q.getEntryObjectId()));
                    }
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot list the store: " + e.getMessage(), e);
        }
        return out;
    }

    /** The full record of a run, for its own page; null (with a warning) when it cannot be read. */
    public RunRecord record(RunSummary s, Consumer<String> warn) {
        ObjectId blob = find(ObjectId.fromString(s.treeId()), "run.json");
        String where = s.path() + "/run.json";
        if (blob == null) {
            warn.accept("skipped " + where + ": missing");
            return null;
        }
        try {
            return RunJson.read(read(blob), where);
        } catch (RecordFormatException e) {
            warn.accept("skipped " + e.getMessage());
            return null;
        }
    }

    public List<Attachment> attachments(String treeId) {
        List<Attachment> out = new ArrayList<>();
        try {
            collect(ObjectId.fromString(treeId), "", out);
        } catch (IOException e) {
            throw new StoreException("cannot read run folder " + treeId + ": " + e.getMessage(), e);
        }
        return out;
    }

    private void collect(ObjectId tree, String prefix, List<Attachment> out) throws IOException {
        CanonicalTreeParser p = new CanonicalTreeParser(null, reader, tree);
        for (; !p.eof(); p.next()) {
            String path = prefix + p.getEntryPathString();
            if (p.getEntryFileMode() == FileMode.TREE) {
                collect(p.getEntryObjectId(), path + "/", out);
            } else if (!path.equals("run.json")) {
                out.add(new Attachment(path, p.getEntryObjectId()));
            }
        }
    }

    private ObjectId find(ObjectId tree, String name) {
        return find(reader, tree, name);
    }

    private static ObjectId find(ObjectReader reader, ObjectId tree, String name) {
        try {
            CanonicalTreeParser p = new CanonicalTreeParser(null, reader, tree);
            for (; !p.eof(); p.next()) {
                if (p.getEntryPathString().equals(name) && p.getEntryFileMode() != FileMode.TREE) {
                    return p.getEntryObjectId();
                }
            }
            return null;
        } catch (IOException e) {
            throw new StoreException("cannot read run folder " + tree.name() + ": " + e.getMessage(), e);
        }
    }

    public byte[] read(ObjectId blob) {
        return read(reader, blob);
    }

    private static byte[] read(ObjectReader reader, ObjectId blob) {
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
